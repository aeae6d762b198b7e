/** RGBA pixels of the icon at `size` × `size`. */
export function render(size: number): Buffer;
/** A PNG file of RGBA pixels. */
export function png(size: number, pixels: Buffer): Buffer;
