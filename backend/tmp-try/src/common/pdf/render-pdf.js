"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "renderPdf", {
    enumerable: true,
    get: function() {
        return renderPdf;
    }
});
const _pdfmake = /*#__PURE__*/ _interop_require_default(require("pdfmake"));
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
// The standard PDF fonts (built into every reader, nothing to load): Helvetica by default, Times on demand.
// No URL and no local file is read while rendering: documents are built from the database, never from paths.
const FONTS = {
    Helvetica: {
        normal: 'Helvetica',
        bold: 'Helvetica-Bold',
        italics: 'Helvetica-Oblique',
        bolditalics: 'Helvetica-BoldOblique'
    },
    Times: {
        normal: 'Times-Roman',
        bold: 'Times-Bold',
        italics: 'Times-Italic',
        bolditalics: 'Times-BoldItalic'
    }
};
const STANDARD_FONTS = new Set(Object.values(FONTS).flatMap((f)=>Object.values(f)));
_pdfmake.default.addFonts(FONTS);
_pdfmake.default.setUrlAccessPolicy(()=>false);
// pdfkit resolves a standard font's name through the same check as a file: those names, and nothing else.
_pdfmake.default.setLocalAccessPolicy((path)=>STANDARD_FONTS.has(path));
async function renderPdf(doc) {
    const withFont = {
        ...doc,
        defaultStyle: {
            font: 'Helvetica',
            ...doc.defaultStyle
        }
    };
    const safe = JSON.parse(JSON.stringify(withFont).replace(/\u202f/g, '\u00a0'));
    return _pdfmake.default.createPdf(safe).getBuffer();
}

//# sourceMappingURL=render-pdf.js.map