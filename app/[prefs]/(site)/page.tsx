import Link from "next/link";
import { lessons } from "@/content/navigation";
import { mechanisms } from "@/lib/mechanisms";

const first = lessons[0]!;

export default function HomePage() {
  return (
    <div className="space-y-10">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">How do websites remember you?</h1>
        <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">
          HTTP forgets everything between two requests. Sites remember your login, your cart and your theme with cookies, and often with a session on the server keyed by a cookie. This lab teaches both, and shows them for real: every demo sets actual cookies in your browser, and an inspector shows the headers on the wire, what JavaScript can see and what the server keeps, side by side.
        </p>
        <ul className="mt-4 space-y-1 text-stone-700 dark:text-stone-300">
          <li><strong className="text-stone-900 dark:text-stone-100">Twelve short lessons</strong>, from why HTTP needs help to choosing between cookies, sealed cookies, JWTs and sessions.</li>
          <li><strong className="text-stone-900 dark:text-stone-100">Live demos</strong> inside each lesson, and on their own pages.</li>
          <li><strong className="text-stone-900 dark:text-stone-100">An explainer</strong> that tells you what a browser does with any Set-Cookie line.</li>
        </ul>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href={`/learn/${first.slug}`} className="rounded-md bg-cookie-700 px-4 py-2 font-medium text-white hover:bg-cookie-800 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200">
            Start with lesson 1: {first.title}
          </Link>
          <Link href="/learn" className="rounded-md border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
            All lessons
          </Link>
          <Link href="/demos" className="rounded-md border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
            All demos
          </Link>
        </div>
      </section>
      <section aria-labelledby="compare">
        <h2 id="compare" className="text-2xl font-semibold tracking-tight">Four ways to keep state</h2>
        <p className="mt-2 max-w-3xl text-stone-700 dark:text-stone-300">
          A &ldquo;session cookie&rdquo; is only a cookie without an expiry date; a session is data the server keeps. They are different things, and the demos let you compare them like for like.
        </p>
        <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label="Comparison table, scrolls sideways">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300 dark:border-stone-600">
                <th scope="col" className="py-2 pr-4">Mechanism</th>
                <th scope="col" className="py-2 pr-4">Where the data lives</th>
                <th scope="col" className="py-2 pr-4">What the browser holds</th>
                <th scope="col" className="py-2 pr-4">Can the server revoke it?</th>
                <th scope="col" className="py-2">Size</th>
              </tr>
            </thead>
            <tbody>
              {mechanisms.map((m) => (
                <tr key={m.id} className="border-b border-stone-200 align-top dark:border-stone-800">
                  <th scope="row" className="py-2 pr-4 font-semibold">{m.name}</th>
                  <td className="py-2 pr-4">{m.dataLives}</td>
                  <td className="py-2 pr-4">{m.browserHolds}</td>
                  <td className="py-2 pr-4">{m.revocable}</td>
                  <td className="py-2">{m.size}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-4">
          <Link href="/learn/comparison" className="font-medium text-cookie-700 underline underline-offset-4 dark:text-amber-300">
            The full comparison: size, lifetime, revocation, scaling, cost per request, and when to use which
          </Link>
        </p>
      </section>
    </div>
  );
}
