/**
 * `npm run content:publishers`: how often each page names a publisher in its running text, per
 * locale, against the limit of issue #17 (lib/publisherMentions.ts counts).
 */
import {localeCodes} from '../src/i18n/locales';
import {publisherMentionLimit, publisherMentions} from '../lib/publisherMentions';

for (const locale of localeCodes) {
  const pages = publisherMentions(locale).filter(({mentions}) => mentions.length > 0);
  const total = pages.reduce((sum, {mentions}) => sum + mentions.length, 0);
  console.log(
    `\n${locale}: ${total} publisher names in running text (limit ${publisherMentionLimit})`,
  );
  for (const {file, mentions} of pages.sort((a, b) => b.mentions.length - a.mentions.length)) {
    const names = mentions.map(({text}) => text).join(', ');
    console.log(`  ${String(mentions.length).padStart(3)}  ${file}: ${names}`);
  }
}
