// The security an operation ends up with: its own list, else the document's. Public operations
// (x-linli-public) must say so with an empty list; every other one must require something.
export default function securityDeclared(operation, _options, context) {
  const root = context.document.data || {};
  const own = operation.security;
  const effective = own !== undefined ? own : root.security;
  if (operation['x-linli-public'] === true) {
    if (!Array.isArray(own) || own.length !== 0) {
      return [{ message: 'is public (x-linli-public) but does not declare an empty security list' }];
    }
    return [];
  }
  if (!Array.isArray(effective) || effective.length === 0) {
    return [{ message: 'requires no token: give it a security requirement, or mark it public with @PublicEndpoint' }];
  }
  return [];
}
