import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { formatConll, parseConll } from '../../nlp/ner/conll.js';
import { tagsFromSpans } from '../../nlp/ner/labels.js';
import { nerTagger } from '../../nlp/ner/tagger.js';
import type { CliIo } from '../io.js';

async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function registerNer(program: Command, io: CliIo): void {
  program
    .command('ner')
    .summary('tag named entities (PER, ORG, LOC, MISC) in tokenised text')
    .description(
      'Tag named entities with the shipped model. Reads CoNLL column format (token first, a blank line ' +
        'between sentences, -DOCSTART- lines between documents) and prints one "token TAG" line per token, ' +
        'in the same order and with the same breaks, tags in IOB2 over PER, ORG, LOC and MISC.',
    )
    .requiredOption('--conll <file>', 'CoNLL file to tag (- for stdin); only the first column is read')
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep ner --conll ../shared/data/ner/conll2003/dev.txt > dev.pred
  $ node ../shared/tools/score-ner.mjs --gold ../shared/data/ner/conll2003/dev.txt --pred dev.pred
  $ printf 'Angela\\nMerkel\\nvisited\\nParis\\n' | sitrep ner --conll -

Documents (between -DOCSTART- lines) are tagged as wholes: a name is tagged consistently across its document.`,
    )
    .action(async (opts: { conll: string }) => {
      let text: string;
      try {
        text = await readInput(opts.conll);
      } catch (error) {
        io.err(`sitrep ner: ${opts.conll}: ${(error as Error).message}\n`);
        io.setExitCode(1);
        return;
      }
      const file = parseConll(text);
      const tagger = nerTagger();
      const tags = file.documents.map((doc) => {
        const spans = tagger.tagDocument(doc.sentences.map((s) => s.tokens));
        return spans.map((s, i) => tagsFromSpans(s, doc.sentences[i]!.tokens.length));
      });
      io.out(formatConll(file, (d, s, i) => tags[d]![s]![i]!));
      io.setExitCode(0);
    });
}
