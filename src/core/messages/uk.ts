import { formatNumber, formatPercent } from "./format";
import { Finding, FixKind, InvalidReason, SheetPlace } from "../types";
import { columnNames, formTitles } from "../schema/forms";
import { columnName, MessageCatalogue, unhandled } from "./types";

const times = new Intl.PluralRules("uk");
const TIMES: Record<string, string> = { one: "раз", few: "рази", many: "разів", other: "раза" };

/** "1 234,5": as the official reads numbers, thousands apart (issue: "план 1000" read as a code). */
const number = (value: number) => formatNumber(value, "uk", { fractionDigits: 6 });
const names = columnNames("uk");
const percent = (value: number) => formatPercent(value, "uk");
const forms = formTitles("uk");

const FIX: Record<FixKind, string> = {
  "numbers-as-text": "Перетворити на числа",
  "trim-spaces": "Прибрати зайві пробіли",
  "percent-formula": "Замінити формулою",
  "total-formula": "Замінити формулою суми",
};

const PLACE: Record<SheetPlace, string> = {
  title: "У заголовку",
  section: "У назві розділу",
  measure: "У рядку заходу",
  signature: "У підписах під таблицею",
};

/** A note as quoted back to the official: short. */
const quote = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
const listed = (roles: readonly (keyof typeof names)[]) => roles.map((r) => `«${names[r]}»`).join(", ");

/** What is wrong with an invalid value, and how to fix it, depend on the reason. */
const INVALID: Record<InvalidReason, { holds: (value: string) => string; fix: string }> = {
  error: { holds: (v) => `містить помилку Excel ${v}`, fix: "Виправте формулу або впишіть число." },
  negative: { holds: (v) => `містить від'ємне число ${v}`, fix: "Впишіть невід'ємне число, а коригування поясніть у примітці." },
  mixed: { holds: (v) => `містить текст із цифрами «${v}»`, fix: "Залиште в клітинці лише число, а пояснення перенесіть у примітку." },
  "text-fact": { holds: (v) => `містить текст «${v}», хоча план числовий`, fix: "Впишіть число (0, якщо захід не виконувався), а пояснення — у примітку." },
  "word-among-numbers": {
    holds: (v) => `містить слово «${v}», а інші квартали — числа`,
    fix: "Впишіть числа в усі квартали (порожньо, якщо нічого не заплановано) або одне формулювання на весь рядок.",
  },
  "not-a-number": { holds: (v) => `містить «${v}», що не читається як число`, fix: "Впишіть число або формулювання без цифр (наприклад, «За потребою»)." },
  "text-money": { holds: (v) => `містить текст «${v}» замість суми`, fix: "Впишіть суму в тис. грн (0, якщо коштів не було; «х», якщо не передбачено), а пояснення — у примітку." },
};

const MONEY_BASIS = { used: "використано", financed: "профінансовано" } as const;

const ROMAN = ["I", "II", "III", "IV"];

/** «на II квартал», or «з початку року до кінця II кварталу» for a running total. */
function periodUk(p: { quarter: number; cumulative: boolean }): string {
  return p.cumulative && p.quarter > 1 ? `з початку року до кінця ${ROMAN[p.quarter - 1]} кварталу` : `на ${ROMAN[p.quarter - 1]} квартал`;
}

function message(f: Finding): string {
  switch (f.rule) {
    case "shortfall-unexplained": {
      const { plan, fact, label } = f.params;
      return `Факт ${number(fact)} менший за план ${number(plan)}, а примітку не заповнено. Поясніть причину недовиконання в стовпці «${columnName(names, "note", label)}».`;
    }
    case "value-invalid": {
      const { column, label, value, reason, noted } = f.params;
      // The correction is already explained: what is left to do is the number itself.
      const fix = noted ? "Пояснення в примітці вже є; у клітинку впишіть невід'ємне число (0, якщо нічого не виконано)." : INVALID[reason].fix;
      return `Клітинка «${columnName(names, column, label)}» ${INVALID[reason].holds(value)}. ${fix}`;
    }
    case "total-mismatch": {
      const { total, sum, label } = f.params;
      return `У «${columnName(names, "total", label)}» записано ${number(total)}, а сума кварталів — ${number(sum)}. Виправте квартали або замініть підсумок формулою суми (дія «${FIX["total-formula"]}»).`;
    }
    case "fact-missing":
      return f.params.formula
        ? `План ${number(f.params.plan)}, а факт, що рахується формулою, порожній. Заповніть факти, з яких він складається.`
        : `План ${number(f.params.plan)}, а факт не заповнено. Впишіть фактичне значення (0, якщо захід не виконувався).`;
    case "column-missing":
      return `У шапці таблиці не знайдено стовпця «${names[f.params.column]}». Додайте його, щоб перевірка була повною.`;
    case "plan-missing":
      return `Для заходу не вказано план. Впишіть планове значення або формулювання (наприклад, «За потребою»).`;
    case "executor-missing":
      return `Не вказано відповідального виконавця заходу. Впишіть відділ або посадову особу.`;
    case "indicator-missing":
      return `Не вказано показник результативності заходу. Впишіть, чим вимірюється виконання.`;
    case "total-missing": {
      const { sum, value, label } = f.params;
      const total = columnName(names, "total", label);
      return value === undefined
        ? `«${total}» не заповнено, а сума кварталів — ${number(sum)}. Впишіть суму або формулу суми кварталів (це робить команда «Обчислити»).`
        : `У «${total}» записано «${value}», а квартали — числа (сума ${number(sum)}). Замініть значення формулою суми (дія «${FIX["total-formula"]}») або впишіть суму.`;
    }
    case "number-duplicate":
      return `Номер ${f.params.number} уже використано в рядку ${f.params.firstRow}. Перевірте нумерацію заходів.`;
    case "number-hierarchy":
      return `Номер заходу ${f.params.number} не починається з номера завдання (розділу) ${f.params.parent}, під яким він стоїть. Перевірте номер або місце заходу в таблиці.`;
    case "deadline-unreadable":
      return `Термін «${f.params.value}» не вдається прочитати. Вкажіть рік, квартал, місяць або «Постійно».`;
    case "deadline-outside-period": {
      const { value, from, to } = f.params;
      return `Термін «${value}» виходить за період плану (${from === to ? from : `${from}–${to}`}). Перевірте рік.`;
    }
    case "number-as-text": {
      const { column, label, value } = f.params;
      return `Число ${number(value)} у стовпці «${columnName(names, column, label)}» збережено як текст. Його враховано, але надійніше перетворити його на число (дія «${FIX["numbers-as-text"]}»).`;
    }
    case "fact-far-above-plan": {
      const { plan, fact, ratio } = f.params;
      return `Факт ${number(fact)} у ${ratio} ${TIMES[times.select(ratio)]} більший за план ${number(plan)}. Перевірте, чи реалістичний план.`;
    }
    case "percent-mismatch": {
      const { shown, label, basis } = f.params;
      const from = basis ? `${MONEY_BASIS[basis]} і передбачено` : "факт і план";
      return `У «${columnName(names, "percent", label)}» записано ${percent(shown)}, а ${from} дають ${percent(f.params.percent)}. Замініть значення формулою відсотка (дія «${FIX["percent-formula"]}»).`;
    }
    case "placeholder-left":
      return `${PLACE[f.params.place]} лишилася заготовка шаблону «${f.params.value}». Замініть її справжніми даними перед надсиланням.`;
    case "form-empty": {
      const { form, measures, columns } = f.params;
      const what =
        measures === 0
          ? "у ній немає жодного заходу"
          : columns[0] === "measure"
            ? `у жодному з рядків (${measures}) не вписано заходу`
            : `${columns.length > 1 ? "стовпці" : "стовпець"} ${listed(columns)} ${columns.length > 1 ? "порожні" : "порожній"} в усіх рядках заходів (${measures})`;
      return `Форму «${forms[form]}» ще не заповнено: ${what}. Перевіряти поки нема чого; заготовки шаблону буде перевірено, щойно ви впишете перші значення.`;
    }
    case "explanation-weak": {
      const { plan, fact, note, label } = f.params;
      return `Факт ${number(fact)} менший за план ${number(plan)}, а примітка «${quote(note)}» не пояснює причини. Напишіть у стовпці «${columnName(names, "note", label)}», чому план не виконано.`;
    }
    case "percent-invalid": {
      const { value, kind, label } = f.params;
      const holds = kind === "error" ? `містить помилку Excel ${value}` : `містить текст «${quote(value)}», з яким Excel не рахує`;
      const fix = `Замініть значення формулою відсотка (дія «${FIX["percent-formula"]}»)`;
      return f.params.percent === null
        ? `Клітинка «${columnName(names, "percent", label)}» ${holds}. ${fix}: вона покаже відсоток, щойно план і факт будуть числами.`
        : `Клітинка «${columnName(names, "percent", label)}» ${holds}, а факт і план дають ${percent(f.params.percent)}. ${fix}.`;
    }
    case "plan-differs-from-approved": {
      const { plan, approved, planSheet, planCell, label } = f.params;
      const typed = typeof plan === "number" ? number(plan) : `«${quote(plan)}»`;
      const source = `у затвердженому плані («${quote(planSheet)}», ${planCell}) ${periodUk(f.params)}`;
      const set = approved === null ? `${source} нічого не заплановано` : typeof approved === "number" ? `${source} — ${number(approved)}` : `${source} — «${quote(approved)}» (якісний показник)`;
      return `«${columnName(names, "plan", label)}» у звіті — ${typed}, а ${set}. Впишіть затверджене значення або, якщо план змінено офіційно, поясніть зміну в примітці.`;
    }
    case "measure-not-in-plan": {
      const { number: n, measure, planSheet } = f.params;
      return `Захід ${n ? `${n} ` : ""}«${quote(measure)}» не знайдено в затвердженому плані («${quote(planSheet)}»). Перевірте номер і назву: вони мають збігатися з планом.`;
    }
    case "measure-not-reported": {
      const { number: n, measure, approved, planSheet, planCell } = f.params;
      return `У звіті немає заходу ${n ? `${n} ` : ""}«${quote(measure)}» із затвердженого плану («${quote(planSheet)}», ${planCell}): ${periodUk(f.params)} заплановано ${number(approved)}. Додайте рядок цього заходу до звіту.`;
    }
    case "underspend-unexplained": {
      const { planned, used, column, label } = f.params;
      return `${column === "used" ? "Використано" : "Профінансовано"} ${number(used)} тис. грн із передбачених ${number(planned)}, а причину не вказано. Поясніть невикористання коштів у стовпці «${columnName(names, "note", label)}».`;
    }
    case "deviation-mismatch": {
      const { deviation, expected, sign, label } = f.params;
      const how = sign === "used-minus-planned" ? "використано мінус передбачено" : "передбачено мінус використано, як у першому рядку таблиці";
      return `У «${columnName(names, "deviation", label)}» записано ${number(deviation)}, а ${how} дає ${number(expected)}. Виправте відхилення або суми (команда «Обчислити» впише формулу).`;
    }
    case "subtotal-mismatch": {
      const { column, total, sum, all, label } = f.params;
      const sums = sum === all ? number(sum) : `${number(sum)} (з початку таблиці — ${number(all)})`;
      return `Підсумок у «${columnName(names, column, label)}» — ${number(total)}, а сума рядків над ним — ${sums}. Перевірте підсумок і рядки, з яких він складається.`;
    }
    case "table-not-checked": {
      const { headerRow, form } = f.params;
      const like = form === null ? "" : ` (схожа на «${forms[form]}»)`;
      return `З рядка ${headerRow} починається ще одна таблиця${like}. Її не перевірено: перевіряється лише перша таблиця аркуша. Щоб перевірити її, перенесіть її на окремий аркуш.`;
    }
    default:
      return unhandled(f);
  }
}

export const uk: MessageCatalogue = {
  form: forms,
  column: names,
  notAForm: "Аркуш не є таблицею заходів — перевіряти нема чого",
  nearly: ({ form, headerRow, missing }) =>
    `Схоже на «${forms[form]}» (заголовок до рядка ${headerRow}), але немає ${missing.length > 1 ? "стовпців" : "стовпця"} ${listed(missing)}. Перейменуйте або додайте ${missing.length > 1 ? "їх" : "його"}, щоб аркуш перевірявся.`,
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
    "placeholder-left": "Не замінено заготовку шаблону",
    "form-empty": "Форму не заповнено",
    "explanation-weak": "Примітка не пояснює недовиконання",
    "percent-invalid": "Помилка або текст у «% виконання»",
    "plan-differs-from-approved": "План не збігається із затвердженим",
    "measure-not-in-plan": "Заходу немає в плані",
    "measure-not-reported": "Захід плану пропущено у звіті",
    "underspend-unexplained": "Невикористання коштів без пояснення",
    "deviation-mismatch": "Відхилення не відповідає сумам",
    "subtotal-mismatch": "Підсумок не дорівнює сумі рядків",
    "table-not-checked": "Ще одна таблиця не перевірялася",
  },
  groupTitle: {
    "shortfall-unexplained": "Недовиконання без пояснення",
    "value-invalid": "Неприпустимі значення",
    "total-mismatch": "«Разом» не дорівнює сумі кварталів",
    "fact-missing": "Не заповнено факт",
    "placeholder-left": "Не замінено заготовки шаблону",
    "form-empty": "Форму не заповнено",
    "column-missing": "Бракує стовпців",
    "explanation-weak": "Примітки не пояснюють недовиконання",
    "plan-missing": "Не заповнено план",
    "executor-missing": "Не вказано виконавця",
    "indicator-missing": "Не вказано показник",
    "total-missing": "Не заповнено «Разом»",
    "number-duplicate": "Номери заходів повторюються",
    "number-hierarchy": "Номери заходів не відповідають завданню",
    "deadline-unreadable": "Незрозумілі терміни",
    "deadline-outside-period": "Терміни поза періодом плану",
    "number-as-text": "Числа збережено як текст",
    "fact-far-above-plan": "Факт значно перевищує план",
    "percent-mismatch": "Відсотки не відповідають плану й факту",
    "percent-invalid": "Помилки або текст у «% виконання»",
    "plan-differs-from-approved": "Плани не збігаються із затвердженими",
    "measure-not-in-plan": "Заходів немає в плані",
    "measure-not-reported": "Заходи плану пропущено у звіті",
    "underspend-unexplained": "Невикористання коштів без пояснення",
    "deviation-mismatch": "Відхилення не відповідають сумам",
    "subtotal-mismatch": "Підсумки не дорівнюють сумі рядків",
    "table-not-checked": "Інші таблиці не перевірялися",
  },
  fixTitle: FIX,
  cellNoun: { one: "клітинка", few: "клітинки", many: "клітинок", other: "клітинки" },
  message,
};
