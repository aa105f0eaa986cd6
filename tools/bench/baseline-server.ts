/**
 * The benchmark's baseline: the same ballots written as the same rows by a plain Node
 * program — node:http, node:crypto and `pg` (a pool of 64), no framework, no GraphQL, no
 * gateway. It does the work a ballot needs and nothing else: verify the bearer token
 * (Ed25519 against the issuer's JWKS, exp/iss/aud), read the voter's eligibility, check the
 * answers against the questionnaire, then write voter row + ballot row + tally counters in
 * one transaction per batch, batching concurrent ballots the way voting's ballot box does
 * (same statements, same lock order), and answer with the receipt.
 *
 * Run as its own process (like a service): `node tools/run-ts.js tools/bench/baseline-server.ts`
 * with DATABASE_URL, AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE, BENCH_YEAR; it prints
 * "READY <port>" once listening on 127.0.0.1.
 */
import { createPublicKey, randomBytes, randomUUID, verify, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool, type PoolClient } from 'pg';
import { Batcher, shuffle } from '@civic/util';
import { BALLOT_BOX_BATCHING, encodeAnswers, receiptFromBytes } from '@civic/voting-domain';

interface Question {
  id: string;
  position: number;
  countyCode: string | null;
  choices: string[];
}

interface Pending {
  accountId: string;
  countyCode: string;
  answers: Uint8Array;
  byPosition: Map<number, number>;
  done(result: { receipt: string } | { error: string }): void;
}

async function main(): Promise<void> {
  const env = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  const pool = new Pool({ connectionString: env('DATABASE_URL'), max: 64 });
  const issuer = env('AUTH_ISSUER');
  const audience = env('AUTH_AUDIENCE');
  const key = await fetchKey(env('AUTH_JWKS_URL'));
  const year = Number(env('BENCH_YEAR'));

  const { rows: questionnaires } = await pool.query<{ id: string }>(`SELECT "id" FROM "voting"."questionnaire" WHERE "year" = $1`, [year]);
  const questionnaireId = questionnaires[0]?.id;
  if (!questionnaireId) throw new Error(`no questionnaire for ${year}`);
  const { rows: questionRows } = await pool.query<{ id: string; position: number; county_code: string | null; choices: string[] }>(
    `SELECT "id", "position", "county_code", "choices" FROM "voting"."questionnaire_question" WHERE "questionnaire_id" = $1`,
    [questionnaireId],
  );
  const questions = new Map<string, Question>(
    questionRows.map((q) => [q.id, { id: q.id, position: q.position, countyCode: q.county_code, choices: q.choices }]),
  );
  const byPosition = new Map([...questions.values()].map((q) => [q.position, q]));

  const writeBatch = async (batch: Pending[]) => {
    // One ballot per voter within the batch; a second one is refused like a repeated vote.
    const seen = new Set<string>();
    const unique = batch.filter((p) => (seen.has(p.accountId) ? (p.done({ error: 'ALREADY_VOTED' }), false) : (seen.add(p.accountId), true)));
    let client: PoolClient | undefined;
    try {
      client = await pool.connect();
      await client.query('BEGIN');
      const open = await client.query<{ status: string }>(`SELECT "status" FROM "voting"."questionnaire" WHERE "id" = $1 FOR SHARE`, [questionnaireId]);
      if (open.rows[0]?.status !== 'open') {
        await client.query('ROLLBACK');
        for (const p of unique) p.done({ error: 'VOTING_CLOSED' });
        return;
      }
      const inserted = await client.query<{ account_id: string }>(
        `INSERT INTO "voting"."questionnaire_voter" ("questionnaire_id", "account_id", "channel", "voted_at")
         SELECT $1::uuid, a, 'online', now() FROM unnest($2::uuid[]) AS v(a)
         ON CONFLICT ("questionnaire_id", "account_id") DO NOTHING RETURNING "account_id"`,
        [questionnaireId, unique.map((p) => p.accountId).sort()],
      );
      const voted = new Set(inserted.rows.map((r) => r.account_id));
      const accepted = unique.filter((p) => voted.has(p.accountId));
      for (const p of unique) if (!voted.has(p.accountId)) p.done({ error: 'ALREADY_VOTED' });
      // Ballots in a shuffled order, receipts random: the same secrecy measures as the ballot box.
      const ballots = shuffle(accepted.map((p) => ({ p, id: randomUUID(), receipt: receiptFromBytes(randomBytes(12)) })));
      await client.query(
        `INSERT INTO "voting"."ballot" ("id", "questionnaire_id", "county_code", "channel", "receipt", "answers")
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::bytea[])`,
        [
          ballots.map((b) => b.id),
          ballots.map(() => questionnaireId),
          ballots.map((b) => b.p.countyCode),
          ballots.map(() => 'online'),
          ballots.map((b) => b.receipt),
          ballots.map((b) => b.p.answers),
        ],
      );
      const counts = new Map<string, number>();
      for (const { p } of ballots) {
        for (const [position, choice] of p.byPosition) {
          const question = byPosition.get(position) as Question;
          const k = `${question.id}\u0000${p.countyCode}\u0000${question.choices[choice]}`;
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
      }
      const rows = [...counts.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, count]) => [...k.split('\u0000'), count] as [string, string, string, number]);
      if (rows.length) {
        await client.query(
          `INSERT INTO "voting"."ballot_tally" AS tally ("questionnaire_id", "question_id", "county_code", "channel", "choice", "count")
           SELECT $1::uuid, t.q, t.c, 'online', t.ch, t.n FROM unnest($2::uuid[], $3::text[], $4::text[], $5::bigint[]) WITH ORDINALITY AS t(q, c, ch, n, o)
           ORDER BY t.o
           ON CONFLICT ("questionnaire_id", "question_id", "county_code", "channel", "choice") DO UPDATE SET "count" = tally."count" + EXCLUDED."count"`,
          [questionnaireId, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
        );
      }
      await client.query('COMMIT');
      for (const b of ballots) b.p.done({ receipt: b.receipt });
    } catch (error) {
      await client?.query('ROLLBACK').catch(() => undefined);
      for (const p of unique) p.done({ error: `INTERNAL: ${(error as Error).message}` });
    } finally {
      client?.release();
    }
  };

  // Group commit with voting's own Batcher and batching options.
  const batcher = new Batcher<Pending, void>(BALLOT_BOX_BATCHING, async (batch) => {
    await writeBatch(batch); // answers each ballot itself, and never throws
    return batch.map(() => ({ ok: true as const, value: undefined }));
  });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const reply = (body: unknown) => {
        const text = JSON.stringify(body);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
      };
      const refuse = (code: string) => reply({ data: null, errors: [{ message: code, extensions: { code } }] });
      void (async () => {
        const claims = verifyToken(req.headers.authorization, key, issuer, audience);
        if (!claims) return refuse('UNAUTHENTICATED');
        const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          variables: { input: { answers: Array<{ questionId: string; choice: string }> } };
        };
        const { rows } = await pool.query<{ jurisdiction_code: string; status: string }>(
          `SELECT "jurisdiction_code", "status" FROM "voting"."voter_eligibility" WHERE "account_id" = $1`,
          [claims.sub],
        );
        const countyCode = rows[0]?.status === 'eligible' ? rows[0].jurisdiction_code : undefined;
        if (!countyCode) return refuse('NOT_ELIGIBLE');
        const positions = new Map<number, number>();
        for (const answer of variables.input.answers) {
          const question = questions.get(answer.questionId.toLowerCase());
          const choice = question?.choices.indexOf(answer.choice.toLowerCase()) ?? -1;
          if (!question || choice < 0 || positions.has(question.position) || (question.countyCode !== null && question.countyCode !== countyCode))
            return refuse('BAD_USER_INPUT');
          positions.set(question.position, choice);
        }
        const pending: Pending = {
          accountId: claims.sub,
          countyCode,
          byPosition: positions,
          answers: encodeAnswers(positions),
          done: (result) => ('receipt' in result ? reply({ data: { castBallot: { receipt: result.receipt, countyCode } } }) : refuse(result.error)),
        };
        void batcher.submit(pending);
      })().catch((error: unknown) => refuse(`INTERNAL: ${(error as Error).message}`));
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', resolve));
  process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
  const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function fetchKey(jwksUrl: string): Promise<KeyObject> {
  const { keys } = (await (await fetch(jwksUrl)).json()) as { keys: Array<Record<string, string>> };
  const jwk = keys[0];
  if (!jwk) throw new Error(`no key at ${jwksUrl}`);
  return createPublicKey({ key: jwk, format: 'jwk' });
}

function verifyToken(header: string | undefined, key: KeyObject, issuer: string, audience: string): { sub: string } | undefined {
  const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
  const [head, payload, signature] = token?.split('.') ?? [];
  if (!head || !payload || !signature) return undefined;
  if (!verify(null, Buffer.from(`${head}.${payload}`), key, Buffer.from(signature, 'base64url'))) return undefined;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: string; iss?: string; aud?: string; exp?: number };
  if (!claims.sub || claims.iss !== issuer || claims.aud !== audience || (claims.exp ?? 0) * 1000 < Date.now()) return undefined;
  return { sub: claims.sub };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
