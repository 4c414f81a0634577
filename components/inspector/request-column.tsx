import { Code, Column, Empty, RawNote } from "./column";
import { LongInline } from "./long-text";
import type { Step } from "./types";

/**
 * Column 2: the Cookie header the browser sent with this request, as the server received it: as
 * text decoded from UTF-8, with the bytes beside anything that is not plain ASCII.
 */
export function RequestColumn({ step }: { step: Step }) {
  const request = step.exchange?.request;
  return (
    <Column n={2} title="Request: Cookie" caption="What the browser sent with this request, before the response arrived.">
      {!request?.cookieHeader ? (
        <Empty>No Cookie header: the browser had no cookie for this URL.</Empty>
      ) : (
        <>
          <Code label="Cookie request header">{`Cookie: ${request.cookieHeader}`}</Code>
          <RawNote raw={request.cookieHeaderRaw} />
          <table className="mt-2 w-full text-left text-xs">
            <caption className="sr-only">Cookies sent, in order</caption>
            <thead>
              <tr className="text-stone-600 dark:text-stone-400">
                <th scope="col" className="py-1 font-medium">
                  Name
                </th>
                <th scope="col" className="py-1 font-medium">
                  Value
                </th>
              </tr>
            </thead>
            <tbody>
              {request.cookies.map((c, i) => (
                <tr key={i} className="border-t border-stone-100 dark:border-stone-800">
                  <td className={`py-1 pr-2 align-top font-mono ${c.name.length > 40 ? "break-all" : "whitespace-nowrap"}`}>
                    {c.name ? <LongInline text={c.name} /> : "(no name)"}
                    <RawNote raw={c.nameRaw} />
                  </td>
                  <td className="py-1 align-top font-mono break-all">
                    <LongInline text={c.value} />
                    <RawNote raw={c.valueRaw} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Column>
  );
}
