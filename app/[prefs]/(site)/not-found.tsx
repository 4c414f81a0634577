import { NotFoundContent } from "@/components/site/not-found-content";

/** A lesson or demo id the lab does not have (notFound() in learn/[slug], demos/[id]): inside the site's chrome. */
export default function NotFound() {
  return <NotFoundContent />;
}
