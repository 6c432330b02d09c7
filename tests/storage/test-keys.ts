import { parseDataKey } from "../../src/storage/encryption/load-keyring";
import type { Keyring } from "../../src/storage/encryption/field-cipher";

/** One fixed key for test databases, so a second process (or a reopen) reads what the first wrote. */
export const TEST_DATA_KEY = "YmV0d2VlbiB0ZXN0IGtleSwgdGVzdHMgb25seSEhISE=";

export const TEST_KEYS: Keyring = { current: parseDataKey(TEST_DATA_KEY, "TEST_DATA_KEY"), previous: [] };
