import { sqliteHarness } from "@/lib/testing/store-harness";
import { describeStoreConformance } from "./store-conformance";

describeStoreConformance(sqliteHarness());
