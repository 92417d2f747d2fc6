/**
 * This computer's storage for a person's own choices (the interface
 * language). Browsers may refuse storage (privacy settings throw on access):
 * then choices last for the session only.
 */
import type { UserStorage } from './settings';

export function memoryStorage(): UserStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

export function browserStorage(): UserStorage {
  try {
    const storage = window.localStorage;
    storage.getItem('');
    return storage;
  } catch {
    return memoryStorage();
  }
}
