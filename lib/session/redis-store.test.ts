import { redisHarness, withTestRedis } from "@/lib/testing/store-harness";
import { describeStoreConformance } from "./store-conformance";

describeStoreConformance(redisHarness(withTestRedis()));
