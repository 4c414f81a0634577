import type { EmbedCapabilities } from "@/lib/embed/options";
import type { Mechanism } from "@/lib/mechanisms";

/** What every demo folder registers: its words (its component is in demo-code.tsx). */
export interface DemoMeta {
  id: string;
  title: string;
  /** One sentence for lists and link previews. */
  summary: string;
  mechanisms: Mechanism[];
  /** One line: what to click, and what to watch for. */
  howToTest: string;
  /** A few short paragraphs for the "How it works" disclosure. */
  howItWorks: string[];
  /** The slug of the lesson that explains it: the demo page links to /learn/<lesson>. */
  lesson: string;
  /** The route handler(s) behind it, for "Get the code". */
  code: string[];
  /** What an embed (/embed/<id>?…) may choose: a starting mechanism, initial name and value. */
  embed?: EmbedCapabilities;
}
