import test from 'ava';
import { parse } from 'yaml';
import { parseRuleBook } from '../src/config/load.js';
import { suggestRules } from '../src/score/suggest.js';
import { cases } from './corpus/cases.js';
import { judgeCase } from './corpus/judge.js';

test('noisy places come out as a rules snippet that the loader accepts and that silences them', async (t) => {
  const noisy = ['opaque trace ids vary on their own', 'a view counter varies on its own', 'compared etag header varies on its own'];
  const endpoints = await Promise.all(noisy.map(async (name) => ({ ...(await judgeCase(cases.find((c) => c.name === name)!)), endpoint: `GET /${name.split(' ')[1]}/{id}` })));
  const snippet = suggestRules(endpoints)!;
  t.deepEqual(parse(snippet), {
    routes: [
      { match: 'GET /trace/{id}', ignore: ['$.trace'] },
      { match: 'GET /view/{id}', ignore: ['$.views'] },
      { match: 'GET /etag/{id}', ignore: ['header:etag'] },
    ],
  });
  const book = parseRuleBook(snippet, 'suggested.yml');
  t.true(book.rulesFor('GET /view/{id}').ignore.some((p) => p.test('$.views')));
});

test('no noise, no snippet', async (t) => {
  t.is(suggestRules([await judgeCase(cases.find((c) => c.name === 'identical answers')!)]), undefined);
});
