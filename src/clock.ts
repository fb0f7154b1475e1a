const amsterdamDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in the Netherlands as YYYY-MM-DD (a family's day does not end at midnight UTC). */
export const today = () => amsterdamDate.format(new Date());

/** The Dutch calendar day of a moment (a handover at 23:30 happened that day, not the next). */
export const dutchDay = (moment: Date | string) => amsterdamDate.format(new Date(moment));
