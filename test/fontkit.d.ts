// Minimal types for fontkit (pdfkit's font engine), used by tests to look inside embedded fonts.
declare module "fontkit" {
  export interface Glyph {
    id: number;
    name: string | null;
    path: { commands: unknown[] };
  }
  export interface Font {
    numGlyphs: number;
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(id: number): Glyph;
  }
  export function create(buffer: Buffer): Font;
  export function openSync(path: string): Font;
}
