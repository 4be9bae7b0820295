import affiliate from './filters/affiliate.txt?raw';
import google from './filters/google.txt?raw';
import managed from './filters/managed.txt?raw';
import native from './filters/native.txt?raw';
import regional from './filters/regional.txt?raw';
import sponsored from './filters/sponsored.txt?raw';

/**
 * Fixlist's own filter lists (uBlock Origin / Adblock Plus syntax), one file per kind of network. To teach
 * Fixlist a network: add its lines under a header in one of these files and a fixture page that shows it.
 */
export const builtInFilters = [google, native, managed, affiliate, regional, sponsored].join('\n');
