import { getPublicSuffix } from "tldts";
import { isIpAddress } from "./url-match";

/**
 * RFC 6265bis §5.7 step 9 asks browsers to reject cookies scoped to a public suffix ("com",
 * "co.uk", "github.io"): anyone under it could otherwise set cookies for all its sites. Browsers use
 * the whole Public Suffix List, private section included, and so does this.
 */
export function isPublicSuffix(domain: string): boolean {
  const bare = domain.replace(/\.$/, "");
  if (bare === "" || isIpAddress(bare)) return false;
  return getPublicSuffix(bare, { allowPrivateDomains: true, extractHostname: false }) === bare;
}
