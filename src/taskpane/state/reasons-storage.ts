/**
 * The official's list of common shortfall reasons, kept per user in localStorage. Office's
 * roamingSettings would follow the user between machines, but only Outlook has them; document
 * settings belong to one workbook, and the list is the official's own, for every report they
 * write. One list for every open explanation field (useSyncExternalStore), so an edit in one shows in all.
 */
import { useSyncExternalStore } from "react";
import { DEFAULT_REASONS } from "../locale/strings";

export const REASONS_KEY = "pokaznyk.reasons";

/** Longest reason kept: it goes into a note cell, and a chip must stay one or two lines at 350 px. */
const REASON_MAX = 120;

/** The reasons as stored: trimmed, no blanks, no repeats; the defaults when nothing usable is stored. */
export function cleanReasons(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [...DEFAULT_REASONS];
  const seen = new Set<string>();
  const list: string[] = [];
  for (const item of raw) {
    if (typeof item !== "string") continue;
    const reason = item.trim().replace(/\s+/g, " ").slice(0, REASON_MAX);
    if (!reason || seen.has(reason.toLowerCase())) continue;
    seen.add(reason.toLowerCase());
    list.push(reason);
  }
  return list;
}

function load(): string[] {
  try {
    const raw = globalThis.localStorage?.getItem(REASONS_KEY);
    return raw ? cleanReasons(JSON.parse(raw)) : [...DEFAULT_REASONS];
  } catch {
    return [...DEFAULT_REASONS];
  }
}

let current: string[] | null = null;
const listeners = new Set<() => void>();

function snapshot(): string[] {
  current ??= load();
  return current;
}

export function saveReasons(list: readonly string[]): void {
  current = cleanReasons(list);
  try {
    globalThis.localStorage?.setItem(REASONS_KEY, JSON.stringify(current));
  } catch {
    // Storage can be off; the list then lasts for this session only.
  }
  for (const listener of [...listeners]) listener();
}

/** Forgets the list read (tests clear localStorage between cases). */
export function resetReasonsCache(): void {
  current = null;
}

export function useReasons(): [string[], (list: readonly string[]) => void] {
  const list = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    snapshot,
  );
  return [list, saveReasons];
}
