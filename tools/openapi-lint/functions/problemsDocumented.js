// An operation's 4xx answers: at least one, each as application/problem+json referring to the
// Problem schema, with an example per code whose `code` is the example's name.
export default function problemsDocumented(operation, _options, context) {
  const at = (...rest) => [...context.path, ...rest];
  const responses = operation && operation.responses ? operation.responses : {};
  const clientErrors = Object.keys(responses).filter((status) => /^4\d\d$/.test(status));
  if (clientErrors.length === 0) {
    return [{ message: 'documents no 4xx answer: list the problems it answers (@ProblemCode)', path: at('responses') }];
  }
  const results = [];
  for (const status of clientErrors) {
    const content = responses[status].content || {};
    const body = content['application/problem+json'];
    if (!body) {
      results.push({ message: `${status} is not documented as application/problem+json`, path: at('responses', status) });
      continue;
    }
    const examples = body.examples || {};
    if (Object.keys(examples).length === 0) {
      results.push({ message: `${status} names no problem code (no examples)`, path: at('responses', status) });
    }
    for (const [name, example] of Object.entries(examples)) {
      const value = example && example.value ? example.value : {};
      if (value.code !== name || value.status !== Number(status)) {
        results.push({
          message: `${status} example ${name} must carry code ${name} and status ${status}`,
          path: at('responses', status, 'content', 'application/problem+json', 'examples', name),
        });
      }
    }
  }
  return results;
}
