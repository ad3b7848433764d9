// A body's schema is a $ref to a named component, or a list of them, or a plain value (text, a
// file); an object spelled out inline has no name a client generator can give it.
function unnamedObject(schema) {
  if (!schema || typeof schema !== 'object' || schema.$ref) {
    return false;
  }
  const types = [].concat(schema.type || []);
  if (types.includes('array')) {
    return unnamedObject(schema.items);
  }
  return types.includes('object') || schema.properties !== undefined || schema.additionalProperties !== undefined;
}

export default function namedSchemas(schema) {
  if (unnamedObject(schema)) {
    return [{ message: 'is an unnamed inline object: return a record (a named schema) instead' }];
  }
  return [];
}
