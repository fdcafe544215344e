export const DONOR_KINDS = ['person', 'organisation'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];

export const GIFT_FREQUENCIES = ['one_off', 'monthly'] as const;
export type GiftFrequency = (typeof GIFT_FREQUENCIES)[number];

export const PAYMENT_METHODS = ['card', 'cheque', 'transfer', 'direct_debit', 'cash', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Only `paid` gifts count in totals and receive a tax receipt. */
export const GIFT_STATUSES = ['pending', 'paid', 'refunded', 'cancelled'] as const;
export type GiftStatus = (typeof GIFT_STATUSES)[number];

export const GIFT_SOURCES = ['manual', 'import', 'helloasso'] as const;
export type GiftSource = (typeof GIFT_SOURCES)[number];

/** A receipt for one gift, or one summary of a donor's gifts of a calendar year. */
export const RECEIPT_KINDS = ['gift', 'yearly'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];
