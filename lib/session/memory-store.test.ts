import { memoryHarness } from "@/lib/testing/store-harness";
import { describeStoreConformance } from "./store-conformance";

describeStoreConformance(memoryHarness());
