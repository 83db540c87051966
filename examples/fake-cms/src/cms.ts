/**
 * A tiny fake CMS: drafts go into a publish queue; `publish` runs the three reviews (初审 → 审核 →
 * 审发) and a confidentiality review, then puts the item online. Its scheduling policy: activity
 * reports 2 hours after the activity ends; everything else at 10:00 Beijing time on the first
 * working day after the trigger date. `snapshot(at)` is what it would send to a monitoring system.
 */
import { nextWorkday, type SnapshotInput } from 'gov-site-rules';

export type Kind = 'policy-document' | 'interpretation' | 'activity' | 'proactive' | 'other';

export interface Draft {
  readonly id: string;
  readonly kind: Kind;
  /** 印发 date (`YYYY-MM-DD`), or for an activity the instant it ended. */
  readonly triggeredAt?: string;
}

export interface Review {
  readonly stage: 'initial' | 'verify' | 'release';
  readonly by: string;
  readonly at: string;
  readonly approved: boolean;
}

export interface Published extends Draft {
  readonly triggeredAt: string;
  readonly publishedAt: string;
  readonly reviews: readonly Review[];
  readonly confidentialityReviewedAt: string;
}

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The Beijing date of a date or instant. */
const beijingDate = (s: string) => (s.length === 10 ? s : new Date(Date.parse(s) + 8 * 60 * MINUTE).toISOString().slice(0, 10));

export class FakeCms {
  readonly published: Published[] = [];

  constructor(private readonly editors: readonly [string, string, string] = ['张三', '李四', '王五']) {}

  /** When the queue will put a draft online (epoch ms). */
  scheduleOf(draft: Draft): number {
    if (draft.triggeredAt === undefined) throw new Error(`draft ${draft.id} has no trigger date`);
    if (draft.kind === 'activity') return Date.parse(draft.triggeredAt) + 120 * MINUTE;
    return Date.parse(`${nextWorkday(beijingDate(draft.triggeredAt))}T10:00:00+08:00`);
  }

  publish(draft: Draft): Published {
    const at = this.scheduleOf(draft);
    const [a, b, c] = this.editors;
    const item: Published = {
      id: draft.id,
      kind: draft.kind,
      triggeredAt: draft.triggeredAt as string,
      reviews: [
        { stage: 'initial', by: a, at: iso(at - 60 * MINUTE), approved: true },
        { stage: 'verify', by: b, at: iso(at - 40 * MINUTE), approved: true },
        { stage: 'release', by: c, at: iso(at - 20 * MINUTE), approved: true },
      ],
      confidentialityReviewedAt: iso(at - 50 * MINUTE),
      publishedAt: iso(at),
    };
    this.published.push(item);
    return item;
  }

  /** The site as a snapshot v1 (publications only). */
  snapshot(): SnapshotInput {
    return {
      schemaVersion: 1,
      site: { id: 'fake-cms', name: '示例网站', kind: 'department', level: 'city' },
      publications: this.published.map((p) => ({ ...p, reviews: [...p.reviews] })),
    };
  }
}
