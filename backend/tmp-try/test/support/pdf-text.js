"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "pdfText", {
    enumerable: true,
    get: function() {
        return pdfText;
    }
});
const _pdfparse = require("pdf-parse");
async function pdfText(pdf) {
    const parser = new _pdfparse.PDFParse({
        data: new Uint8Array(pdf)
    });
    try {
        return (await parser.getText()).text;
    } finally{
        await parser.destroy();
    }
}

//# sourceMappingURL=pdf-text.js.map