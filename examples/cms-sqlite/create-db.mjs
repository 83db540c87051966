#!/usr/bin/env node
// Creates the example CMS database: runs schema.sql then seed.sql in an empty SQLite database
// (sql.js: SQLite compiled to WebAssembly, nothing to compile or download) and writes it to
// cms.sqlite next to this file, or to the path given as the first argument.
//
//   node examples/cms-sqlite/create-db.mjs [path/to/cms.sqlite]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';

const here = import.meta.dirname;
const out = path.resolve(process.argv[2] ?? path.join(here, 'cms.sqlite'));

const SQL = await initSqlJs();
const db = new SQL.Database();
db.exec(readFileSync(path.join(here, 'schema.sql'), 'utf8'));
db.exec(readFileSync(path.join(here, 'seed.sql'), 'utf8'));
writeFileSync(out, db.export());
const count = (table) => db.exec(`SELECT count(*) FROM ${table}`)[0].values[0][0];
console.log(`wrote ${out}: ${count('sites')} sites, ${count('channels')} columns, ${count('articles')} articles, ${count('review_log')} review log entries, ${count('messages')} messages, ${count('probes')} probes`);
db.close();
