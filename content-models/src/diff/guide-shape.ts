import { z } from 'zod';
import { fileRefSchema, guideSchema } from '../guide/guide-schema.ts';

/**
 * The shape of a guide as the diff walks it, read from guideSchema itself so a field added to the
 * schema is compared (and must get a label) without touching the diff.
 */
export type ShapeNode =
  | { type: 'value'; path: string; schema: z.ZodType } // text, number, boolean, code
  | { type: 'file'; path: string } // a FileRef shown as one value: 名称（链接）
  | { type: 'values'; path: string; schema: z.ZodType } // multi-select or list of texts, compared as a set
  | { type: 'object'; path: string; fields: ShapeNode[] }
  | { type: 'items'; path: string; fields: ShapeNode[] }; // list of records matched by identity

function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return unwrap(schema.unwrap() as z.ZodType);
  }
  return schema;
}

function fieldsOf(object: z.ZodObject, prefix: string): ShapeNode[] {
  return Object.entries(object.shape).map(([key, schema]) => nodeOf(schema as z.ZodType, prefix ? `${prefix}.${key}` : key));
}

function nodeOf(raw: z.ZodType, path: string): ShapeNode {
  const schema = unwrap(raw);
  if (schema === fileRefSchema) return { type: 'file', path };
  if (schema instanceof z.ZodObject) return { type: 'object', path, fields: fieldsOf(schema, path) };
  if (schema instanceof z.ZodArray) {
    const element = unwrap(schema.element as z.ZodType);
    if (element instanceof z.ZodObject) return { type: 'items', path, fields: fieldsOf(element, path) };
    return { type: 'values', path, schema: element };
  }
  return { type: 'value', path, schema };
}

export const guideShape: ShapeNode[] = fieldsOf(guideSchema, '');

/** Every path of the shape, FileRef fields included: what guideFieldLabels must cover. */
export function allPaths(nodes: ShapeNode[] = guideShape): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'object' || node.type === 'items') return [node.path, ...allPaths(node.fields)];
    if (node.type === 'file') return [node.path, ...Object.keys(fileRefSchema.shape).map((key) => `${node.path}.${key}`)];
    return [node.path];
  });
}
