import { DiagramFigure } from "./diagram-figure";

const X = { browser: 90, server: 380, store: 660 } as const;
type Actor = keyof typeof X;

/** The steps, as data: who sends what to whom. Two lines at most per arrow. */
const steps: { from: Actor; to: Actor; lines: string[]; kind?: "danger" }[] = [
  { from: "browser", to: "server", lines: ["POST /api/login", "{ username, password }"] },
  { from: "server", to: "store", lines: ["password right: drop the old", "record, create one under a NEW id"] },
  { from: "server", to: "browser", lines: ["Set-Cookie: __Host-sid=NEW;", "HttpOnly; Secure; SameSite=Lax"] },
  { from: "browser", to: "server", lines: ["GET /account", "Cookie: __Host-sid=NEW"] },
  { from: "server", to: "store", lines: ["look up NEW", '→ { user: "ada" }'] },
  { from: "browser", to: "server", lines: ["POST /api/logout", "Cookie: __Host-sid=NEW"] },
  { from: "server", to: "store", lines: ["delete NEW: any copy of", "the cookie is now worthless"], kind: "danger" },
  { from: "server", to: "browser", lines: ["Set-Cookie: __Host-sid=;", "Max-Age=0"] },
];

const TOP = 56;
const STEP = 58;
const HEIGHT = TOP + steps.length * STEP + 16;

/** The login flow of lesson 6 as a sequence diagram: browser, server and session store. */
export function LoginFlowDiagram() {
  return (
    <DiagramFigure
      id="login-flow"
      title="The login flow with a server-side session"
      description={steps.map((s, i) => `${i + 1}. ${s.from} to ${s.to}: ${s.lines.join(" ")}`).join(" ")}
      caption="Login moves the session to a new ID; logout deletes the record, so the cookie, and every stolen copy of it, stops working."
      width={750}
      height={HEIGHT}
    >
      <defs>
        <marker id="login-flow-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 L10 5 L0 10 z" className="fill-current" />
        </marker>
      </defs>
      {(Object.keys(X) as Actor[]).map((actor) => (
        <g key={actor}>
          <rect
            x={X[actor] - 70}
            y={8}
            width={140}
            height={30}
            rx={6}
            className="fill-cookie-100 stroke-cookie-600 dark:fill-stone-800 dark:stroke-amber-400"
          />
          <text x={X[actor]} y={28} textAnchor="middle" className="fill-current text-[14px] font-semibold">
            {actor === "store" ? "Session store" : actor[0]!.toUpperCase() + actor.slice(1)}
          </text>
          <line x1={X[actor]} x2={X[actor]} y1={38} y2={HEIGHT - 4} strokeDasharray="4 4" className="stroke-stone-400" />
        </g>
      ))}
      {steps.map((s, i) => {
        const y = TOP + i * STEP + 36;
        const mid = (X[s.from] + X[s.to]) / 2;
        return (
          <g key={i} className={s.kind === "danger" ? "text-red-700 dark:text-red-300" : undefined}>
            {s.lines.map((line, j) => (
              <text key={j} x={mid} y={y - 22 + j * 15} textAnchor="middle" className="fill-current font-mono text-[12px]">
                {line}
              </text>
            ))}
            <line
              x1={X[s.from]}
              x2={X[s.to] + (X[s.to] > X[s.from] ? -2 : 2)}
              y1={y}
              y2={y}
              markerEnd="url(#login-flow-arrow)"
              className="stroke-current"
              strokeWidth={1.5}
            />
            <text x={X.browser - 80} y={y + 4} className="fill-current text-[11px] font-semibold">
              {i + 1}
            </text>
          </g>
        );
      })}
    </DiagramFigure>
  );
}
