/**
 * Meilisearch's filter expression grammar (docs: "Filter expression reference"), enough to check
 * every filter string the adapter sends: the description types `filter` only as a string, so the
 * request check parses it here and reports the attributes it names (which must be filterable).
 *   expr := and ('OR' and)* ; and := not ('AND' not)* ; not := 'NOT' not | '(' expr ')' | geo | condition
 *   condition := attr (op value | value 'TO' value | ['NOT'] 'IN' '[' values ']' | ['NOT'] 'EXISTS'
 *                | 'IS' ['NOT'] ('NULL' | 'EMPTY'))
 */
type Token = { kind: 'word' | 'string' | 'op' | 'punct'; text: string; at: number };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let text = '';
      while (j < input.length && input[j] !== c) {
        if (input[j] === '\\') j++;
        text += input[j] ?? '';
        j++;
      }
      if (j >= input.length) throw new Error(`unclosed quote at ${i}`);
      tokens.push({ kind: 'string', text, at: i });
      i = j + 1;
    } else if (/[()[\],]/.test(c)) {
      tokens.push({ kind: 'punct', text: c, at: i });
      i++;
    } else if (/[<>!=]/.test(c)) {
      const two = input.slice(i, i + 2);
      const op = ['>=', '<=', '!='].includes(two) ? two : c;
      if (op === '!') throw new Error(`unexpected ! at ${i}`);
      tokens.push({ kind: 'op', text: op, at: i });
      i += op.length;
    } else {
      let j = i;
      while (j < input.length && !/[\s()[\],<>!="']/.test(input[j]!)) j++;
      tokens.push({ kind: 'word', text: input.slice(i, j), at: i });
      i = j;
    }
  }
  return tokens;
}

const keywords = new Set(['AND', 'OR', 'NOT', 'TO', 'IN', 'EXISTS', 'IS', 'NULL', 'EMPTY']);

/** Parses a filter; returns the attributes it names, or throws with the position of the problem. */
export function parseMeiliFilter(input: string): { attributes: string[] } {
  const tokens = tokenize(input);
  const attributes: string[] = [];
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (text: string) => peek()?.kind === 'word' && peek()!.text === text;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${peek()?.at ?? input.length} in: ${input}`);
  };
  const expect = (text: string) => {
    if (peek()?.text !== text) fail(`expected '${text}'`);
    pos++;
  };
  const value = () => {
    const t = peek();
    if (!t || (t.kind !== 'word' && t.kind !== 'string') || (t.kind === 'word' && keywords.has(t.text)))
      fail('expected a value');
    pos++;
  };
  const number = () => {
    const t = peek();
    if (t?.kind !== 'word' || !/^-?\d+(\.\d+)?$/.test(t.text)) fail('expected a number');
    pos++;
  };
  const condition = () => {
    const t = peek();
    if (!t || (t.kind !== 'word' && t.kind !== 'string') || keywords.has(t.text)) fail('expected an attribute');
    attributes.push(t!.text);
    pos++;
    const next = peek();
    if (next?.kind === 'op') {
      pos++;
      value();
    } else if (isWord('EXISTS')) {
      pos++;
    } else if (isWord('IS')) {
      pos++;
      if (isWord('NOT')) pos++;
      if (!isWord('NULL') && !isWord('EMPTY')) fail('expected NULL or EMPTY');
      pos++;
    } else if (isWord('NOT') || isWord('IN')) {
      if (isWord('NOT')) pos++;
      if (isWord('EXISTS')) {
        pos++;
        return;
      }
      expect('IN');
      expect('[');
      value();
      while (peek()?.text === ',') {
        pos++;
        value();
      }
      expect(']');
    } else {
      value();
      expect('TO');
      value();
    }
  };
  const primary = (): void => {
    if (isWord('NOT')) {
      pos++;
      primary();
      return;
    }
    if (peek()?.text === '(') {
      pos++;
      expression();
      expect(')');
      return;
    }
    const t = peek();
    if (t?.kind === 'word' && (t.text === '_geoRadius' || t.text === '_geoBoundingBox')) {
      pos++;
      expect('(');
      const count = t.text === '_geoRadius' ? 3 : 4;
      if (t.text === '_geoBoundingBox') fail('_geoBoundingBox is not used by the adapter');
      for (let i = 0; i < count; i++) {
        if (i > 0) expect(',');
        number();
      }
      expect(')');
      return;
    }
    condition();
  };
  const conjunction = () => {
    primary();
    while (isWord('AND')) {
      pos++;
      primary();
    }
  };
  const expression = () => {
    conjunction();
    while (isWord('OR')) {
      pos++;
      conjunction();
    }
  };
  if (tokens.length === 0) fail('empty filter');
  expression();
  if (pos !== tokens.length) fail('unexpected text');
  return { attributes };
}
