/** A table of the schema with the tables its foreign keys point to (itself included). */
export interface TableLinks {
  name: string;
  references: readonly string[];
}

/**
 * The order to fill tables in so every foreign key finds its row already there (PostgreSQL checks
 * each one at once: Payload's constraints are not deferrable). Kahn's algorithm, ties broken by name
 * so runs are reproducible. A reference to the table itself (regions.parent, units.supervisor) is
 * left out here: those columns are filled after the rows (see copy-tables.ts). A cycle between
 * different tables has no such order and is refused, naming the tables.
 */
export function fillOrder(tables: readonly TableLinks[]): string[] {
  const known = new Set(tables.map((t) => t.name));
  const waitingOn = new Map<string, Set<string>>();
  for (const table of tables) {
    waitingOn.set(table.name, new Set(table.references.filter((r) => r !== table.name && known.has(r))));
  }
  const order: string[] = [];
  while (waitingOn.size > 0) {
    const ready = [...waitingOn].filter(([, deps]) => deps.size === 0).map(([name]) => name).sort();
    if (ready.length === 0) {
      throw new Error(`数据表之间的外键构成循环，无法确定复制顺序：${[...waitingOn.keys()].sort().join('、')}`);
    }
    for (const name of ready) {
      order.push(name);
      waitingOn.delete(name);
      for (const deps of waitingOn.values()) deps.delete(name);
    }
  }
  return order;
}

/** How many rows one INSERT may carry: PostgreSQL takes at most 65,535 parameters per statement. */
export function rowsPerInsert(columns: number, maxParameters = 65_535): number {
  return Math.max(1, Math.floor(maxParameters / Math.max(1, columns)));
}
