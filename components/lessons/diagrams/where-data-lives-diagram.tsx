import { DiagramFigure } from "./diagram-figure";

/** What each mechanism leaves in the browser's jar, and what the server must keep, as data. */
const rows = [
  { name: "Raw cookie", browser: "cart=3 books; role=user", note: "readable, editable", server: "nothing" },
  { name: "Sealed cookie", browser: "Fe26.2*1*9b1f…(opaque)", note: "encrypted + signed", server: "only the secret key" },
  { name: "JWT", browser: "eyJhbGciOi….eyJyb2xl…", note: "signed, readable", server: "only the secret key" },
  { name: "Server session", browser: "sid=Yp3k…(random ID)", note: "means nothing alone", server: "{ cart, role, … } per ID" },
];

const ROW = 70;

/** Where each of the four mechanisms keeps the data: in the browser's cookie, or in the server's store. */
export function WhereDataLivesDiagram() {
  const height = 50 + rows.length * ROW;
  return (
    <DiagramFigure
      id="where-data-lives"
      title="Where each mechanism keeps the data"
      description={rows.map((r) => `${r.name}: the browser holds ${r.browser} (${r.note}); the server keeps ${r.server}.`).join(" ")}
      caption="Three mechanisms keep the data in the browser and differ in who can read or change it; a server session keeps it on the server and hands the browser only a key."
      width={720}
      height={height}
    >
      <text x={330} y={24} textAnchor="middle" className="fill-current text-[14px] font-semibold">
        In the browser (the cookie)
      </text>
      <text x={600} y={24} textAnchor="middle" className="fill-current text-[14px] font-semibold">
        On the server
      </text>
      {rows.map((r, i) => {
        const y = 40 + i * ROW;
        return (
          <g key={r.name}>
            <text x={10} y={y + 32} className="fill-current text-[14px] font-semibold">
              {r.name}
            </text>
            <rect x={200} y={y + 6} width={260} height={52} rx={8} className="fill-cookie-50 stroke-cookie-600 dark:fill-stone-800 dark:stroke-amber-400" />
            <text x={330} y={y + 28} textAnchor="middle" className="fill-current font-mono text-[12px]">
              {r.browser}
            </text>
            <text x={330} y={y + 46} textAnchor="middle" className="fill-current text-[12px] italic">
              {r.note}
            </text>
            <line x1={462} x2={518} y1={y + 32} y2={y + 32} strokeDasharray="3 3" className="stroke-stone-500" />
            <rect x={520} y={y + 6} width={190} height={52} rx={8} className="fill-sky-50 stroke-sky-700 dark:fill-sky-950 dark:stroke-sky-400" />
            <text x={615} y={y + 37} textAnchor="middle" className="fill-current text-[12px]">
              {r.server}
            </text>
          </g>
        );
      })}
    </DiagramFigure>
  );
}
