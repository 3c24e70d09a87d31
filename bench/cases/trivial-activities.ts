// The one activity of the "sends" yardstick: a one-line email to the bench's Mailpit over
// plain SMTP, through nodemailer as the case worker sends (one transport for the process).
import { createTransport, type Transporter } from 'nodemailer';

let transport: Transporter | undefined;

export async function sendOneLine(workflowId: string): Promise<void> {
  transport ??= createTransport({
    host: process.env.SMTP_HOST ?? '127.0.0.1',
    port: Number(process.env.SMTP_PORT ?? 1025),
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({
    from: 'bench@example.gov.uk',
    to: 'officer@example.gov.uk',
    subject: `yardstick ${workflowId}`,
    text: `Opened ${workflowId}.`,
  });
}
