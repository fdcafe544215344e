"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
const _renderpdf = require("../src/common/pdf/render-pdf");
const _pdftext = require("./support/pdf-text");
void (async ()=>{
    const b = await (0, _renderpdf.renderPdf)({
        content: [
            {
                text: 'Compte rendu financier — 12\u202f345,67 € élève',
                bold: true
            },
            {
                table: {
                    body: [
                        [
                            'a',
                            'b'
                        ]
                    ]
                }
            }
        ]
    });
    console.log(b.length, JSON.stringify(await (0, _pdftext.pdfText)(b)));
})();

//# sourceMappingURL=try-pdf.js.map