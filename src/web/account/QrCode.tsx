import encodeQR from 'qr';
import { useMemo } from 'react';

/**
 * The second factor's otpauth address as a QR code, drawn here in the browser: the secret goes to no other
 * service. An image from a data: address, which the content security policy allows (inline scripts it does not).
 */
export function QrCode({ value, alt }: { value: string; alt: string }) {
  const source = useMemo(() => `data:image/svg+xml;base64,${window.btoa(encodeQR(value, 'svg'))}`, [value]);
  return <img src={source} alt={alt} width={200} height={200} className="rondom-qr" />;
}
