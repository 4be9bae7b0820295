import type { FirstLookWords, LangWords } from './lang-words';

/** Vietnamese (matched without its tone marks, as the index folds all text). WhatsApp and backups, for the every-page first look. */
export const firstLook: FirstLookWords = {
  whatsapp: [],
  backup: ['sao lưu', 'sao luu', 'bản sao lưu'],
};

export const words: LangWords = {
  code: 'vi',
  firstLook,
  trouble: [
    'khong the',
    'khong sao luu',
    'loi$',
    'bi loi',
    'su co',
    'khac phuc',
    'sua loi',
    'bi ket',
    'bi treo',
    'that bai',
    'cach sua',
    'van de',
  ],
  fixWords: ['cách', 'giải pháp', 'bước', 'phương pháp', 'mẹo'],
  instructions: [
    'mở ứng dụng',
    'mở whatsapp',
    'nhấn vào',
    'chạm vào',
    'chọn',
    'cài đặt',
    'khởi động lại',
    'cập nhật',
    'đăng nhập',
  ],
  advice: ['kiểm tra', 'đảm bảo'],
  endHeadings: ['ket luan', 'loi ket', 'tong ket', 'cau hoi thuong gap', 'bai viet lien quan', 'xem them', 'binh luan'],
  notFixHeadings: [
    'gioi thieu',
    'tai sao',
    'vi sao',
    'la gi',
    'cach sao luu',
    'cach khoi phuc',
    'nguyen nhan',
    'muc luc',
  ],
  causeHeadings: ['nguyen nhan', 'tai sao', 'vi sao'],
  howTo: ['cách'],
  fixesHeadings: ['cach khac phuc', 'cach sua', 'giai phap'],
  groupWords: ['phần', 'giai đoạn', 'cấp độ'],
  asides: ['lưu ý', 'ghi chú', 'mẹo$', 'cảnh báo', 'quan trọng', 'chú ý'],
};
