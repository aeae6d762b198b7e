/**
 * The template details an official typed, remembered between sessions in localStorage since they
 * rarely change. What is kept and what a bad value falls back to is the engine's decision
 * (`rememberedDetails`); this only stores and loads.
 */
import { rememberedDetails } from "../../core/templates";
import type { Details } from "./types";

export const DETAILS_KEY = "pokaznyk.template-details";

export function loadDetails(today: Date = new Date()): Details {
  try {
    const raw = globalThis.localStorage?.getItem(DETAILS_KEY);
    return rememberedDetails(raw ? JSON.parse(raw) : null, today);
  } catch {
    return rememberedDetails(null, today);
  }
}

export function saveDetails(details: Details): void {
  try {
    globalThis.localStorage?.setItem(DETAILS_KEY, JSON.stringify(details));
  } catch {
    // Storage can be off; the details then last for this session only.
  }
}
