import type { CommandDeclaration } from "./declaration.js";

export const importDeclaration: CommandDeclaration = {
  words: { en: ["import"], zh: ["导入"] },
  role: "everyone",
  forms: [
    {
      synopsis: { en: "import", zh: "导入" },
      summary: { en: "how to import a spreadsheet, or where the current import stands", zh: "怎样导入表格，或当前导入的状态" },
      details:
        "send an .xlsx or .csv (local channel: `POST /api/local/imports`; command line: `npm run import -- <file>`): a preview shows how the columns were read, the first rows and the counts (new, existing, repeats, problems), and nothing is written until you press Import; CSV saved by Excel in China (GBK) is read as such; formulas, password-protected or damaged files are refused",
    },
    {
      synopsis: { en: "import map <column> <field|none>", zh: "导入 映射 <列名> <字段|不导入>" },
      summary: { en: "read a column of the previewed sheet as another field, then preview again", zh: "把预览中的某一列改成别的字段，重新预览" },
      example: { en: "import map Cell phone", zh: "导入 映射 手机号码 电话" },
    },
    {
      synopsis: { en: "import leads|customers", zh: "导入 线索|客户" },
      summary: {
        en: "read the previewed sheet (or the next file you send) as leads, or as customers",
        zh: "把预览中的表格（或你接下来发的文件）作为线索或客户导入",
      },
      example: { en: "import leads", zh: "导入 线索" },
      details:
        "a sheet with a source or campaign column (来源, 渠道, Source, Campaign…) or 线索/Lead in its headers or file name is previewed as leads by itself; one lead per row, duplicates by phone or email filled in or skipped, rows without an owner into your team's pool (docs/leads.md)",
    },
    {
      synopsis: { en: "import resume", zh: "导入 继续" },
      summary: { en: "go on with an import a stop interrupted (from the first row not yet in)", zh: "继续被中断的导入（从还没导入的那一行开始）" },
    },
    {
      synopsis: { en: "import undo", zh: "导入 撤销" },
      summary: { en: "take your last import back as one unit", zh: "整体撤销你上一次导入" },
      details: "refused, changing nothing, when something was added to what it created since (an activity, a follow-up, a quote…); audited `import.undo`",
    },
  ],
};
