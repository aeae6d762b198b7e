import { MessageCatalogue } from "./types";

const times = new Intl.PluralRules("uk");
const TIMES: Record<string, string> = { one: "раз", few: "рази", many: "разів", other: "раза" };

/** How to fix an invalid value depends on what is wrong with it. */
const FIX: Record<string, string> = {
  error: "Виправте формулу або впишіть число.",
  negative: "Впишіть невід'ємне число, а коригування поясніть у примітці.",
  mixed: "Залиште в клітинці лише число, а пояснення перенесіть у примітку.",
  "text-fact": "Впишіть число (0, якщо захід не виконувався), а пояснення — у примітку.",
  "word-among-numbers": "Впишіть числа в усі квартали (порожньо, якщо нічого не заплановано) або одне формулювання на весь рядок.",
  "not-a-number": "Впишіть число або формулювання без цифр (наприклад, «За потребою»).",
};

const col = (m: MessageCatalogue, role?: string, label?: string) => label ?? (role && role in m.column ? m.column[role as keyof MessageCatalogue["column"]] : "");

export const uk: MessageCatalogue = {
  number: (value) => String(value).replace(".", ","),
  column: {
    number: "№ з/п", task: "Завдання", goal: "Мета", result: "Очікуваний результат", measure: "Захід",
    executor: "Відповідальний виконавець", indicator: "Показник", plan: "План", fact: "Факт", percent: "% виконання",
    note: "Примітка", q1: "I квартал", q2: "II квартал", q3: "III квартал", q4: "IV квартал", total: "Разом",
    period: "Період реалізації", deadline: "Термін виконання",
  },
  severity: { error: "Помилка", warning: "Попередження", info: "Порада" },
  form: {
    "quarterly-report": "Звіт про виконання плану за квартал",
    "annual-plan": "Річний план із квартальними показниками",
    "action-plan": "План дій з реалізації стратегії",
    "regional-plan": "План заходів",
    "program-measures": "Заходи програми",
  },
  notAForm: "Аркуш не є таблицею заходів — перевіряти нема чого",
  invalid: {
    error: (v) => `містить помилку Excel ${v}`,
    negative: (v) => `містить від'ємне число ${v}`,
    mixed: (v) => `містить текст із цифрами «${v}»`,
    "text-fact": (v) => `містить текст «${v}», хоча план числовий`,
    "word-among-numbers": (v) => `містить слово «${v}», а інші квартали — числа`,
    "not-a-number": (v) => `містить «${v}», що не читається як число`,
  },
  ruleTitle: {
    "shortfall-unexplained": "Недовиконання без пояснення",
    "value-invalid": "Неприпустиме значення",
    "total-mismatch": "«Разом» не дорівнює сумі кварталів",
    "fact-missing": "Не заповнено факт",
    "column-missing": "Бракує стовпця",
    "plan-missing": "Не заповнено план",
    "executor-missing": "Не вказано виконавця",
    "indicator-missing": "Не вказано показник",
    "total-missing": "Не заповнено «Разом»",
    "number-duplicate": "Номер заходу повторюється",
    "number-hierarchy": "Номер заходу не відповідає завданню",
    "deadline-unreadable": "Незрозумілий термін",
    "deadline-outside-period": "Термін поза періодом плану",
    "number-as-text": "Число збережено як текст",
    "fact-far-above-plan": "Факт значно перевищує план",
    "percent-mismatch": "Відсоток не відповідає плану й факту",
  },
  message: {
    "shortfall-unexplained": (f, m) =>
      `Факт ${m.number(f.params.fact ?? 0)} менший за план ${m.number(f.params.plan ?? 0)}, а примітку не заповнено. Поясніть причину недовиконання в стовпці «${col(m, "note", f.params.label)}».`,
    "value-invalid": (f, m) =>
      `Клітинка «${col(m, f.params.column, f.params.label)}» ${m.invalid[f.params.reason ?? "not-a-number"](f.params.value ?? "")}. ${FIX[f.params.reason ?? "not-a-number"]}`,
    "total-mismatch": (f, m) =>
      `У «${col(m, "total", f.params.label)}» записано ${m.number(f.params.total ?? 0)}, а сума кварталів — ${m.number(f.params.sum ?? 0)}. Виправте квартали або замініть підсумок формулою суми.`,
    "fact-missing": (f, m) =>
      f.params.formula
        ? `План ${m.number(f.params.plan ?? 0)}, а факт, що рахується формулою, порожній. Заповніть факти, з яких він складається.`
        : `План ${m.number(f.params.plan ?? 0)}, а факт не заповнено. Впишіть фактичне значення (0, якщо захід не виконувався).`,
    "column-missing": (f, m) => `У шапці таблиці не знайдено стовпця «${col(m, f.params.column, f.params.label)}». Додайте його, щоб перевірка була повною.`,
    "plan-missing": () => `Для заходу не вказано план. Впишіть планове значення або формулювання (наприклад, «За потребою»).`,
    "executor-missing": () => `Не вказано відповідального виконавця заходу. Впишіть відділ або посадову особу.`,
    "indicator-missing": () => `Не вказано показник результативності заходу. Впишіть, чим вимірюється виконання.`,
    "total-missing": (f, m) =>
      f.params.value
        ? `У «${col(m, "total", f.params.label)}» записано «${f.params.value}», а квартали — числа (сума ${m.number(f.params.sum ?? 0)}). Впишіть суму або формулу.`
        : `«${col(m, "total", f.params.label)}» не заповнено, а сума кварталів — ${m.number(f.params.sum ?? 0)}. Впишіть суму або формулу суми кварталів (це робить команда «Обчислити»).`,
    "number-duplicate": (f) => `Номер ${f.params.number} уже використано в рядку ${f.params.firstRow}. Перевірте нумерацію заходів.`,
    "number-hierarchy": (f) => `Номер заходу ${f.params.number} не починається з номера завдання (розділу) ${f.params.parent}, під яким він стоїть. Перевірте номер або місце заходу в таблиці.`,
    "deadline-unreadable": (f) => `Термін «${f.params.value}» не вдається прочитати. Вкажіть рік, квартал, місяць або «Постійно».`,
    "deadline-outside-period": (f) => `Термін «${f.params.value}» виходить за період плану (${f.params.period}). Перевірте рік.`,
    "number-as-text": (f, m) => `Число ${(f.params.value ?? "").replace(".", ",")} у стовпці «${col(m, f.params.column, f.params.label)}» збережено як текст. Його враховано, але надійніше перетворити його на число.`,
    "percent-mismatch": (f, m) =>
      `У «${col(m, "percent", f.params.label)}» записано ${(f.params.value ?? "").replace(".", ",")}, а факт і план дають ${m.number(f.params.total ?? 0)} %. Замініть значення формулою (це робить команда «Обчислити»).`,
    "fact-far-above-plan": (f, m) =>
      `Факт ${m.number(f.params.fact ?? 0)} у ${f.params.ratio} ${TIMES[times.select(f.params.ratio ?? 0)]} більший за план ${m.number(f.params.plan ?? 0)}. Перевірте, чи реалістичний план.`,
  },
};
