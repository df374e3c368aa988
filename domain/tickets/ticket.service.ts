import { z } from "zod";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { Db } from "../shared/db.js";
import { NotFoundError } from "../shared/errors.js";
import { nextNumber } from "../shared/next-number.js";
import { validate } from "../shared/validate.js";

export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** Time to first answer per priority; "high not answered within 2 hours" escalates. */
export const SLA_HOURS: Record<TicketPriority, number> = { urgent: 1, high: 2, normal: 8, low: 24 };

export const ticketInputSchema = z.object({
  companyId: z.string().min(1),
  title: z.string().trim().min(1).max(300),
  description: z.string().max(10_000).default(""),
  priority: z.enum(TICKET_PRIORITIES).default("normal"),
  contactId: z.string().min(1).optional(),
  assigneeId: z.string().min(1).optional(),
});
export type TicketInput = z.input<typeof ticketInputSchema>;

export class TicketService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async raise(actor: Actor, input: TicketInput) {
    const data = validate(ticketInputSchema, input);
    return this.db.$transaction(async (tx) => {
      const company = await tx.company.findUnique({ where: { id: data.companyId } });
      if (!company) throw new NotFoundError("company", data.companyId);
      const now = this.clock.now();
      const ticket = await tx.ticket.create({
        data: {
          number: await nextNumber(tx, "ticket"),
          title: data.title,
          description: data.description,
          companyId: company.id,
          contactId: data.contactId ?? null,
          priority: data.priority,
          slaDueAt: new Date(now.getTime() + SLA_HOURS[data.priority] * 3_600_000),
          assigneeId: data.assigneeId ?? null,
          reporterId: actor.userId,
        },
        include: { company: true },
      });
      await writeAudit(tx, actor, { action: "ticket.raise", entityType: "ticket", entityId: ticket.id, after: ticket });
      return ticket;
    });
  }

  async listOpenForCompany(companyId: string) {
    return this.db.ticket.findMany({
      where: { companyId, status: { in: ["open", "pending"] } },
      orderBy: { slaDueAt: "asc" },
    });
  }
}
