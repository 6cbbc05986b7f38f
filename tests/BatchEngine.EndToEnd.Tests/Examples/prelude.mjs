// Added before the reference's JavaScript example (which expects file1..file3 to exist): three files
// from the test's working folder, as a browser's <input type="file"> would give them.
import { readFileSync } from 'node:fs';
const file1 = new File([readFileSync('doc1.pdf')], 'doc1.pdf', { type: 'application/pdf' });
const file2 = new File([readFileSync('doc2.pdf')], 'doc2.pdf', { type: 'application/pdf' });
const file3 = new File([readFileSync('doc3.pdf')], 'doc3.pdf', { type: 'application/pdf' });
