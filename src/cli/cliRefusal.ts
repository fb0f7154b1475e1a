/** A refusal meant for the person at the terminal: main.ts prints its message (no stack trace) and exits 1. */
export class CliRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliRefusal';
  }
}
