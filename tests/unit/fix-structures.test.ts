/**
 * The shapes real articles write their fixes in (issue 8), each from a real article's text (the rw-* fixtures'
 * sources, the pages corpus): what the outline finds, what the verdict decides, what the checklist shows.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '@/lib/pipeline';
import { loadFixture } from '../../scripts/score-page';
import { read } from './read-page';

const p = (text: string) => `<p>${text}</p>`;

describe('fix headings without numbers', () => {
  // anaktekno.id: the solutions as headings of their own, up to "Kesimpulan".
  const article = `
    <p>Pesan WhatsApp yang tidak bisa dicadangkan adalah masalah yang dapat membuat cemas banyak pengguna. Artikel ini akan mengupas tuntas penyebab pesan WhatsApp tidak bisa dicadangkan dan memberikan solusi komprehensif untuk mengatasinya.</p>
    <h2>Pastikan Konektivitas Internet Stabil</h2>
    <p>Pastikan Anda terhubung ke jaringan Wi-Fi yang kuat atau jaringan seluler dengan sinyal yang baik sebelum memulai proses pencadangan WhatsApp.</p>
    <h2>Kosongkan Ruang Penyimpanan Google Drive</h2>
    <p>Cadangan WhatsApp disimpan di Google Drive. Hapus file yang tidak perlu dari Google Drive, atau tingkatkan paket penyimpanan Anda.</p>
    <h2>Perbarui Aplikasi WhatsApp</h2>
    <p>Gunakan selalu versi WhatsApp terbaru. Perbarui aplikasi WhatsApp Anda dari Google Play Store atau Apple App Store, lalu coba cadangkan lagi.</p>
    <h2>Kesimpulan</h2>
    <p>Dengan langkah di atas, pencadangan WhatsApp biasanya kembali berjalan.</p>
    <h2>Komentar</h2>`;

  it('reads a run of same-rank headings between the intro and "Kesimpulan" as the fixes', () => {
    const page = read('Pesan WhatsApp Tak Bisa Dicadangkan? Inilah Solusinya', article);
    expect(page.structure).toBe('unnumbered');
    expect(page.titles).toEqual([
      'Pastikan Konektivitas Internet Stabil',
      'Kosongkan Ruang Penyimpanan Google Drive',
      'Perbarui Aplikasi WhatsApp',
    ]);
    expect(page.autoOpen).toBe(true);
    expect(page.reasons.join(' ')).toContain('Kesimpulan');
  });

  it('leaves the intro, "why it happens" and "how to back up" headings out', () => {
    const page = read(
      'WhatsApp Backup Stuck? Easy Fixes That Work',
      `<p>WhatsApp backup is very important: it keeps your chats, photos and videos safe. But sometimes it stops working, gets stuck and does not move forward.</p>
      <h2>What is WhatsApp Backup and Why It Matters?</h2>
      <p>Backup saves your chats, photos and videos in cloud storage using WhatsApp and Google Drive.</p>
      <h2>Restart Phone</h2>
      <p>Restarting your phone refreshes the system and fixes small hidden errors that may block the WhatsApp backup. Make sure you try again after.</p>
      <h2>Check Internet Connection</h2>
      <p>Slow Wi-Fi or mobile data breaks the backup process. Make sure the connection is stable, then tap Back Up again.</p>
      <h2>Conclusion</h2><p>A stuck WhatsApp backup is usually fixed by these steps.</p>`,
    );
    expect(page.titles).toEqual(['Restart Phone', 'Check Internet Connection']);
    expect(page.autoOpen).toBe(true);
  });
});

describe('fixes grouped by platform, and one fix split by platform', () => {
  // fone.tips: "iPhone Backup Fixes" and "Android Backup Fixes", each with its fixes.
  it('takes the fixes under "iPhone" and "Android" group headings, in page order', () => {
    const page = read(
      'WhatsApp Backup Stuck? How to Fix It on iPhone and Android',
      `<p>A stuck WhatsApp backup is one of the most frustrating issues when saving chat history to iCloud or Google Drive.</p>
      <h2>Why Does WhatsApp Backup Get Stuck?</h2>
      <p>It needs stable Wi-Fi and enough cloud storage; when either fails, the backup stalls.</p>
      <h2>iPhone Backup Fixes</h2>
      <h3>Check iCloud Storage</h3>
      <p>Go to Settings > [Your Name] > iCloud > Manage Account Storage. If space is low, delete old backups from other apps or upgrade your plan.</p>
      <h3>Force-Close WhatsApp</h3>
      <p>Swipe up to open the app switcher and swipe WhatsApp off the screen. Wait 10 seconds, then reopen it.</p>
      <h2>Android Backup Fixes</h2>
      <h3>Clear WhatsApp Cache</h3>
      <p>Clearing WhatsApp cache on Android removes temp files blocking the process. Go to Settings > Apps > WhatsApp > Storage and tap Clear cache.</p>
      <h3>Exclude Videos From Backup</h3>
      <p>Excluding videos from backup shrinks file size by 80% or more. Open WhatsApp > Settings > Chats > Chat backup and turn off Include videos.</p>
      <h2>FAQs</h2>`,
    );
    expect(page.structure).toBe('platform-groups');
    expect(page.titles).toEqual([
      'Check iCloud Storage',
      'Force-Close WhatsApp',
      'Clear WhatsApp Cache',
      'Exclude Videos From Backup',
    ]);
    expect(page.autoOpen).toBe(true);
  });

  // digitalcortes.it: "Controlla la connessione" split into "Android" and "iOS": its steps, not two fixes.
  const split = (title: string) => `<h2>${title}</h2>
    <p>Su Android e iOS il backup può non completarsi quando la connessione è troppo lenta o assente.</p>
    <h3>Android</h3>
    <p>Apri Chrome su Android e prova a navigare. Se internet non funziona, controlla che la rete 4G o Wi-Fi sia attiva seguendo questi passaggi:</p>
    <ul><li>Scorri verso il basso dall’alto dello schermo.</li><li>Controlla se l’icona della rete 4G o Wi-Fi è accesa.</li><li>Se la rete è disabilitata, tocca l’icona per abilitarla.</li></ul>
    <h3>iOS</h3>
    <p>Su iPhone apri Safari e prova a visitare un sito qualsiasi: se la navigazione non funziona, controlla la connessione.</p>
    <ul><li>Apri Impostazioni.</li><li>Tocca Wi-Fi e attivalo.</li></ul>`;

  it('never makes fixes of the "Android" / "iOS" sub-headings of one fix', () => {
    const page = read(
      'Backup WhatsApp bloccato: come sbloccarlo su Android e iPhone',
      `<p>Il backup di WhatsApp può rimanere bloccato, per esempio quando lo spazio su Google Drive o iCloud è esaurito.</p>${split('Controlla la connessione')}`,
    );
    expect(page.titles).not.toContain('Android');
    expect(page.autoOpen).toBe(false);
  });

  it('keeps the device sub-headings as the fix’s steps when there are more fixes', () => {
    const page = read(
      'Backup WhatsApp bloccato: come sbloccarlo su Android e iPhone',
      `<p>Il backup di WhatsApp può rimanere bloccato, per esempio quando lo spazio su Google Drive o iCloud è esaurito.</p>
      ${split('Controlla la connessione')}${split('Controlla lo spazio su Google Drive o iCloud')}<h2>Conclusioni</h2>`,
    );
    expect(page.titles).toEqual(['Controlla la connessione', 'Controlla lo spazio su Google Drive o iCloud']);
    expect(page.steps).toEqual([5, 5]);
  });
});

describe('causes, then solutions; reasons that carry their remedy', () => {
  // anaktekno.id: numbered causes, then numbered solutions, as "N. Title:" bold paragraphs.
  it('takes only the solutions after a list of causes, without their colons', () => {
    const page = read(
      'Bingung Pesan WhatsApp Tak Bisa Dicadangkan? Inilah Penyebab dan Solusinya',
      `<p><strong>Pendahuluan:</strong></p>
      <p>Pesan WhatsApp yang tidak bisa dicadangkan bisa membuat banyak pengguna cemas. Artikel ini membahas penyebab pesan WhatsApp tidak bisa dicadangkan dan solusinya.</p>
      <p><strong>Penyebab Pesan WhatsApp Tidak Bisa Dicadangkan:</strong></p>
      <p><strong>1. Masalah Konektivitas Internet:</strong>Koneksi internet yang lemah atau tidak stabil dapat mengganggu proses pencadangan.</p>
      <p><strong>2. Ruang Penyimpanan Penuh:</strong>Cadangan WhatsApp disimpan di Google Drive. Jika ruang Google Drive penuh, pencadangan tidak dapat dilakukan.</p>
      <p><strong>3. Izin Aplikasi:</strong>WhatsApp memerlukan izin untuk mengakses Google Drive agar dapat mencadangkan pesan.</p>
      <p><strong>Solusi untuk Mengatasi Pesan WhatsApp yang Tidak Bisa Dicadangkan:</strong></p>
      <p><strong>1. Pastikan Konektivitas Internet Stabil:</strong>Pastikan Anda terhubung ke jaringan Wi-Fi yang kuat atau jaringan seluler dengan sinyal yang baik.</p>
      <p><strong>2. Kosongkan Ruang Penyimpanan Google Drive:</strong>Hapus file yang tidak perlu dari Google Drive, atau tingkatkan paket penyimpanan Anda.</p>`,
    );
    expect(page.structure).toBe('causes-then-solutions');
    expect(page.titles).toEqual(['Pastikan Konektivitas Internet Stabil', 'Kosongkan Ruang Penyimpanan Google Drive']);
    expect(page.autoOpen).toBe(true);
  });

  // umatechnology.org: the opening gives only the causes, as bold colon titles; the solutions come later.
  it('recognises a "How to Fix" page that opens with its causes, without opening causes as fixes', () => {
    const page = read(
      'How to Fix ‘Backup Stuck at 100%’ on WhatsApp',
      `<p>Many users experience a frustrating issue where their WhatsApp backup gets stuck at 100%. This article will explore the possible reasons behind this problem and provide comprehensive steps to resolve it.</p>
      <h3>Understanding the WhatsApp Backup Process</h3>
      <p>WhatsApp provides the option to back up chats and media to Google Drive for Android devices and iCloud for iOS devices. Users sometimes find the WhatsApp backup stuck at 100%, which halts their attempts to secure their WhatsApp data.</p>
      <h3>Common Causes of Backup Issues in WhatsApp</h3>
      <p>Before diving into solutions, it’s crucial to understand what might lead to a WhatsApp backup being stuck at 100%.</p>
      <ol><li><p><strong>Network Connectivity Issues:</strong> An unstable or slow internet connection can lead to interruptions during the WhatsApp backup process.</p></li>
      <li><p><strong>Insufficient Storage Space:</strong> Both the device and your cloud storage must have adequate space, or the WhatsApp backup may fail.</p></li>
      <li><p><strong>App Glitches and Bugs:</strong> WhatsApp can experience glitches due to updates, software bugs, or corrupted app data.</p></li></ol>`,
    );
    expect(page.titles).toEqual([]);
    expect(page.helpPage).toBe(true);
    expect(page.autoOpen).toBe(false);
  });

  // larepublica.pe: "Motivos por los que…" and under it each reason with what to do about it.
  it('makes each reason a fix when no solutions follow', () => {
    const page = read(
      'WhatsApp: ¿por qué no puedo restaurar mi copia de seguridad? Aquí las soluciones',
      `<p>A veces la copia de seguridad de WhatsApp no puede realizarse o restaurarse. En esta nota te damos algunas pistas de por qué ocurre y las soluciones para cada situación.</p>
      <h2>Motivos por los que no se pueda restaurar la copia de seguridad de WhatsApp</h2>
      <h3>1. Número y cuenta acoplada</h3>
      <p>La propia página de WhatsApp indica que el primer paso es verificar que se esté usando el mismo número de teléfono y la misma cuenta de Google con los que se creó la copia de seguridad.</p>
      <h3>2. Contraseña</h3>
      <p>Si se está restaurando una copia de seguridad cifrada de extremo a extremo, hay que comprobar que se esté usando la contraseña o la clave correcta.</p>
      <h3>3. Google Drive</h3>
      <p>Uno de los casos más comunes es que Google Drive esté lleno: revisa el espacio de tu cuenta de Google y libera espacio para guardar la copia.</p>`,
    );
    expect(page.titles).toEqual(['Número y cuenta acoplada', 'Contraseña', 'Google Drive']);
    expect(page.autoOpen).toBe(true);
  });
});

describe('bold lead-ins, colon titles, Phase and Part sections', () => {
  // workposeapp.com: each fix a paragraph opening with a bold title, up to a "Conclusion:" lead-in.
  it('reads paragraphs that open with a bold title as fixes, up to "Conclusion:"', () => {
    const page = read(
      'How to Fix WhatsApp Backup Is Stuck at 0% for Hours on iPhone?',
      `<p>It can be frustrating when you try to back up your WhatsApp messages and the process stays at 0% for hours. Fortunately there are some steps you can take.</p>
      <p><strong>Restart Your Phone</strong> – If you are stuck at 0%, the first thing to do is restart your phone.</p>
      <p><strong>Check Network Connectivity</strong> – Next, check your network connectivity. Try a different Wi-Fi network.</p>
      <p><strong>Update WhatsApp</strong> – Updating WhatsApp often fixes the issue, as newer versions have improved support for backups.</p>
      <p><strong>Conclusion:</strong> These steps should help you fix a WhatsApp backup stuck at 0% for hours on iPhone.</p>`,
    );
    expect(page.structure).toBe('lead-ins');
    expect(page.titles).toEqual(['Restart Your Phone', 'Check Network Connectivity', 'Update WhatsApp']);
  });

  // visualfoodie.com: "Phase 1" / "Phase 2" hold the fixes as list items whose bold lead-ins end in ":".
  const phases = `
    <p>That gut-wrenching moment when you see “Backup couldn’t be completed.” Fixing a failed WhatsApp backup is a methodical process of elimination: check your connection, your storage, your accounts and the app itself.</p>
    <h2>Phase 1: The 5-Minute Pre-Flight Check</h2>
    <p>Before we dive deep, let’s rule out the most common culprits.</p>
    <ul>
      <li><strong>Verify Your Cloud Account:</strong> Make sure you are logged into the correct Google Account (Android) or Apple ID (iPhone) on your device.</li>
      <li><strong>Check Your Connection (The Right Way):</strong> Don’t just look at the Wi-Fi symbol. Open a browser and load a page.</li>
    </ul>
    <h2>Phase 2: Storage and the App Itself</h2>
    <ul>
      <li><strong>Free Up Cloud Storage:</strong> Check your storage in Google Drive or iCloud; the backup needs room for every chat and video.
        <ul><li>Open Google One or iCloud settings</li><li>Delete old device backups</li></ul></li>
      <li><strong>Update WhatsApp:</strong> Make sure you run the latest version.<br>1. Open the Play Store or App Store<br>2. Search for WhatsApp and tap Update</li>
    </ul>
    <p><strong>Note:</strong> If none of this works, contact WhatsApp support.</p>
    <h2>Final Thoughts</h2>`;

  it('takes the lead-ins of the items under "Phase 1" and "Phase 2" as one run of fixes, colons dropped', () => {
    const page = read('Troubleshooting a Failed WhatsApp Chat Backup', phases);
    expect(page.structure).toBe('lead-ins');
    expect(page.titles).toEqual([
      'Verify Your Cloud Account',
      'Check Your Connection (The Right Way)',
      'Free Up Cloud Storage',
      'Update WhatsApp',
    ]);
    // The rest of the item is its text; a list or numbered lines inside the item are its steps, nothing after it is.
    expect(page.steps).toEqual([0, 0, 2, 2]);
    expect(page.autoOpen).toBe(true);
  });

  it('reads paragraphs that open with bold titles under "Phase" headings the same way', () => {
    const page = read(
      'Troubleshooting a Failed WhatsApp Chat Backup',
      `<p>Fixing a failed WhatsApp backup is a methodical process of elimination: check your connection, your storage, your accounts and the app itself.</p>
      <h2>Phase 1: The 5-Minute Pre-Flight Check</h2>
      <p><strong>Verify Your Cloud Account:</strong> Make sure you are logged into the correct Google Account (Android) or Apple ID (iPhone).</p>
      <p><strong>Check Your Connection (The Right Way):</strong> Don’t just look at the Wi-Fi symbol. Open a browser and load a page.</p>
      <h2>Phase 2: Storage and the App Itself</h2>
      <p><strong>Free Up Cloud Storage:</strong> Check your storage in Google Drive or iCloud.</p>
      <h2>Final Thoughts</h2>`,
    );
    expect(page.structure).toBe('lead-ins');
    expect(page.titles).toEqual([
      'Verify Your Cloud Account',
      'Check Your Connection (The Right Way)',
      'Free Up Cloud Storage',
    ]);
    expect(page.autoOpen).toBe(true);
  });

  it('reads "Part 1" / "Parte 2" the same way, and a "Solutions" heading over lead-in items', () => {
    const part = read(
      'Troubleshooting a Failed WhatsApp Chat Backup',
      phases.replace('Phase 1', 'Part 1').replace('Phase 2', 'Part 2'),
    );
    expect(part.titles).toHaveLength(4);
    const solutions = read(
      'WhatsApp Backup Not Working? Solutions',
      `<p>WhatsApp backup fails for a handful of reasons; here is what to do.</p><h2>Solutions</h2>
      <ul><li><strong>Restart your router:</strong> unplug it for 30 seconds and make sure Wi-Fi is back.</li>
      <li><strong>Switch to mobile data:</strong> turn on "Back up using cellular" in WhatsApp's chat backup settings.</li></ul>`,
    );
    expect(solutions.titles).toEqual(['Restart your router', 'Switch to mobile data']);
  });

  it('reads lead-in items under a solutions heading in another language ("Solusi untuk Mengatasi…")', () => {
    // anaktekno.id's solutions, as a list whose items open with their bold titles.
    const page = read(
      'Bingung Pesan WhatsApp Tak Bisa Dicadangkan? Inilah Penyebab dan Solusinya',
      `<p>Pesan WhatsApp yang tidak bisa dicadangkan bisa membuat banyak pengguna cemas. Artikel ini membahas penyebab dan solusinya.</p>
      <h2>Solusi untuk Mengatasi Pesan WhatsApp yang Tidak Bisa Dicadangkan</h2>
      <ul><li><strong>Pastikan Konektivitas Internet Stabil:</strong> Pastikan Anda terhubung ke jaringan Wi-Fi yang kuat atau jaringan seluler dengan sinyal yang baik.</li>
      <li><strong>Kosongkan Ruang Penyimpanan Google Drive:</strong> Hapus file yang tidak perlu dari Google Drive, atau tingkatkan paket penyimpanan Anda.</li>
      <li><strong>Catatan:</strong> cadangan lama yang tidak diperbarui bisa dihapus otomatis.</li></ul>`,
    );
    expect(page.titles).toEqual(['Pastikan Konektivitas Internet Stabil', 'Kosongkan Ruang Penyimpanan Google Drive']);
    expect(page.autoOpen).toBe(true);
  });

  it('keeps "Part N" headings as the fixes when their lead-ins only split them by device', () => {
    // fone.tips' fixes, each told for iPhone and for Android in lead-in items.
    const page = read(
      'WhatsApp Backup Stuck? How to Fix It on iPhone and Android',
      `<p>A stuck WhatsApp backup is one of the most frustrating issues when saving chat history to iCloud or Google Drive.</p>
      <h2>Part 1: Check Cloud Storage</h2>
      <ul><li><strong>On iPhone:</strong> go to Settings > [Your Name] > iCloud > Manage Account Storage.</li>
      <li><strong>On Android:</strong> open Google One and check your Google Drive storage.</li></ul>
      <h2>Part 2: Force-Close WhatsApp</h2>
      <ul><li><strong>iPhone:</strong> swipe up to open the app switcher and swipe WhatsApp off the screen.</li>
      <li><strong>Android:</strong> make sure you tap Force stop under Settings > Apps > WhatsApp.</li></ul>`,
    );
    expect(page.structure).toBe('numbered');
    expect(page.titles).toEqual(['Check Cloud Storage', 'Force-Close WhatsApp']);
    expect(page.steps).toEqual([2, 2]);
  });

  it('leaves "Note:" / "Tip:" / "Warning:" lead-ins and bold key terms in prose out', () => {
    const page = read(
      'Troubleshooting a Failed WhatsApp Chat Backup',
      `<p>Fixing a failed WhatsApp backup is a methodical process of elimination.</p>
      <h2>Phase 1: The 5-Minute Pre-Flight Check</h2>
      <ul><li><strong>Note:</strong> make sure you know which account holds your backup.</li>
      <li><strong>Tip:</strong> check the date of your last backup under Chats > Chat backup.</li>
      <li><strong>Warning:</strong> do not uninstall WhatsApp before a backup completes.</li></ul>
      <p><strong>WhatsApp</strong> keeps one backup per Google account, and <strong>Google Drive</strong> replaces it each time.</p>
      <p><strong>iCloud</strong> works the same way on an iPhone: check the storage it has left.</p>`,
    );
    expect(page.titles).toEqual([]);
    expect(page.autoOpen).toBe(false);
  });

  it('leaves a feature list with bold lead-ins in a how-to alone', () => {
    const page = read(
      'How to Back Up WhatsApp to Google Drive',
      `<p>WhatsApp can copy your chats to Google Drive every day, week or month.</p>
      <h2>What the backup includes</h2>
      <ul><li><strong>Messages:</strong> every chat and group, end-to-end encrypted if you turn it on.</li>
      <li><strong>Media:</strong> photos and voice notes; videos only if you choose them.</li>
      <li><strong>Settings:</strong> make sure your chat wallpaper and settings come back too.</li></ul>
      <h2>How to back up</h2>
      <ol><li>Open WhatsApp and tap More options > Settings.</li><li>Tap Chats > Chat backup > Back up.</li></ol>`,
    );
    expect(page.titles).toEqual([]);
    expect(page.autoOpen).toBe(false);
  });

  it('leaves a how-to in parts alone: its bold lead-ins are steps of a tutorial, nothing to fix', () => {
    // reviensmedia.com (hi/en): how to back up and restore WhatsApp, one part per platform.
    const page = read(
      'How to Back Up and Restore WhatsApp',
      `<p>WhatsApp is a great way to communicate with people. It includes a backup feature that stores copies of messages and conversations somewhere safe, so a lost phone or an error is no problem: you restore them.</p>
      <p>If a WhatsApp backup fails or gets stuck, the fix is usually a better connection; here is how to make one.</p>
      <h2>Part 1: Back up WhatsApp on Android</h2>
      <ul><li><strong>Open the app:</strong> tap the three dots in the top right corner, then Settings.</li>
      <li><strong>Open Chats:</strong> make sure you tap Chat backup and choose your Google account.</li></ul>
      <h2>Part 2: Restore WhatsApp on a new phone</h2>
      <ul><li><strong>Install WhatsApp:</strong> verify the same phone number you used before.</li>
      <li><strong>Tap Restore:</strong> make sure you wait until the chats are restored.</li></ul>`,
    );
    expect(page.autoOpen).toBe(false);
    expect(page.helpPage).toBe(false);
  });

  it('leaves a single workaround written as numbered steps with bold lead-ins alone', () => {
    const page = read(
      'WhatsApp backup stuck at 99%? Try this workaround',
      `<p>A WhatsApp backup stuck at 99% on Android usually gets going again with one workaround: back up without videos first.</p>
      <h2>How to fix it</h2>
      <ol><li><strong>Open WhatsApp:</strong> tap the three dots at the top right.</li>
      <li><strong>Go to Settings:</strong> tap Chats, then Chat backup.</li>
      <li><strong>Turn off videos:</strong> switch off "Include videos".</li>
      <li><strong>Back up:</strong> tap Back up and wait for it to finish.</li>
      <li><strong>Turn videos back on:</strong> switch "Include videos" on again.</li>
      <li><strong>Back up again:</strong> tap Back up once more.</li></ol>`,
    );
    expect(page.titles).toEqual([]);
    expect(page.autoOpen).toBe(false);
  });
});

describe('fixes in a help-centre or Q&A answer', () => {
  // cleanor.net: a short answer, then "What to check first" over a checklist.
  it('takes the checklist under "What to check first"', () => {
    const page = read(
      'Why Does WhatsApp Backup Fail Due to Storage?',
      `<p><strong>Short answer:</strong> WhatsApp backup usually fails because the phone lacks local space to create the backup first, or the cloud account lacks room to receive it.</p>
      <h2>The first distinction to make</h2><p>WhatsApp backup can fail in two places:</p>
      <ul><li>on the phone before upload starts</li><li>in the cloud account during upload</li></ul>
      <h2>What to check first</h2><p>Use this order:</p>
      <ul><li>confirm the phone has real local free space</li><li>review whether WhatsApp is including videos</li>
      <li>check the target cloud account storage</li><li>clean old WhatsApp media if the app is still bloated</li></ul>
      <p>That sequence is safer than blindly deleting whole chats under backup pressure.</p>`,
    );
    expect(page.structure).toBe('checklist');
    expect(page.titles).toHaveLength(4);
  });

  // antwort.de: the answer's sections are the things to check.
  it('reads an answer page’s sections as the fixes', () => {
    const page = read(
      'Warum wird mein WhatsApp-Backup nicht in der Cloud gespeichert?',
      `<h2>Technische Voraussetzungen und Kontoeinstellungen</h2>
      <p>Damit WhatsApp-Backups in der Cloud landen, musst du mit dem richtigen Cloud-Konto verbunden sein: bei Android meist Google Drive, beim iPhone iCloud.</p>
      <h2>Internetverbindung und Netzwerkeinstellungen</h2>
      <p>WhatsApp braucht eine stabile Verbindung, am besten über WLAN. Ist das Backup nur über WLAN erlaubt und du bist mit mobilen Daten verbunden, läuft es nicht.</p>
      <h2>App-Version und Berechtigungen</h2>
      <p>Eine veraltete WhatsApp-Version kann Probleme beim Backup verursachen; aktualisiere die App daher regelmäßig.</p>`,
    );
    expect(page.titles).toEqual([
      'Technische Voraussetzungen und Kontoeinstellungen',
      'Internetverbindung und Netzwerkeinstellungen',
      'App-Version und Berechtigungen',
    ]);
  });
});

describe('numbering in other scripts and words', () => {
  const twoFixes = (first: string, second: string) =>
    `<p>WhatsApp backup.</p><h2>${first}</h2>${p('WhatsApp Google Drive.')}<h2>${second}</h2>${p('WhatsApp iCloud.')}`;
  it.each([
    ['Bengali digits', '১. ফোনের মেমোরি শেষ হয়ে গেছে', '২. ইন্টারনেট সংযোগ পরীক্ষা করুন'],
    ['Devanagari digits', '१. इंटरनेट कनेक्शन जांचें', '२. स्टोरेज खाली करें'],
    ['Arabic-Indic digits', '١. تحقق من الاتصال بالإنترنت', '٢. أعد تشغيل الهاتف'],
    ['full-width digits', '１．iPhoneを再起動する', '２．iCloudの空き容量を確認する'],
    ['circled digits', '① iCloudの空き容量を確認する', '② WhatsAppを最新版にアップデートする'],
    ['Solusi', 'Solusi 1: Periksa koneksi internet', 'Solusi 2: Kosongkan ruang penyimpanan'],
    ['Çözüm', 'Çözüm 1: İnternet bağlantınızı kontrol edin', 'Çözüm 2: Google Drive depolama alanını kontrol edin'],
    ['Lösung', 'Lösung 1 – Internetverbindung prüfen', 'Lösung 2 – Speicher freigeben'],
    ['Способ', 'Способ 1. Проверьте подключение к интернету', 'Способ 2. Обновите WhatsApp'],
    ['Cách', 'Cách 1: Kiểm tra kết nối mạng', 'Cách 2: Khởi động lại điện thoại'],
    ['方法', '方法1：检查网络连接', '方法2：检查 Google 账号'],
    ['対処法', '対処法1：iCloudの空き容量を確認する', '対処法2：iPhoneを再起動する'],
    ['الحل', 'الحل 1: تحقق من الاتصال بالإنترنت', 'الحل 2: تحديث واتساب'],
    ['उपाय', 'उपाय 1: इंटरनेट कनेक्शन जांचें', 'उपाय 2: स्टोरेज खाली करें'],
  ])('numbers fixes with %s', (_kind, first, second) => {
    const page = read('WhatsApp backup', twoFixes(first, second));
    expect(page.structure).toBe('numbered');
    expect(page.titles).toHaveLength(2);
    expect(page.titles.join(' ')).not.toMatch(/^[\d১২१२١٢１２①②]/);
  });
});

describe('asked for a checklist, a page with a single numbered fix gets one', () => {
  // The Bengali reasons page (rw-bn-techtoict): one numbered reason with its remedy is all the page reproduces.
  const slug = 'rw-bn-techtoict-backup-reasons-bengali-digits';
  const page = () => {
    const window = new Window({ url: 'https://techtoict.com/?p=1287' });
    window.document.write(loadFixture(slug).html);
    return window.document as unknown as Document;
  };
  it('by itself: recognised, no checklist (one fix is no list)', () => {
    const result = runPipeline(page());
    expect(result.verdict.isHelpPage).toBe(true);
    expect(result.guide).toBeNull();
  });
  it('asked: the one fix, in its own words', () => {
    const result = runPipeline(page(), { force: true });
    expect(result.guide?.fixes.map((f) => f.title)).toEqual(['ফোনের মেমোরি শেষ হয়ে গেছে']);
  });
});
