import { Button, Field, Input, Radio, RadioGroup, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { DETAIL_BOUNDS, TEMPLATE_IDS, TEMPLATE_TITLES, checkDetailNumber, type TemplateId } from "../../core/templates";
import { useLocale } from "../locale/LocaleContext";
import type { Busy, Details } from "../state/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  gallery: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  option: { alignItems: "flex-start" },
  optionText: { display: "flex", flexDirection: "column" },
  title: { fontWeight: tokens.fontWeightSemibold },
  description: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  pair: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  narrow: { flexGrow: 1, flexBasis: "100px", minWidth: 0 },
});

const { min: YEAR_MIN, max: YEAR_MAX } = DETAIL_BOUNDS.year;

export interface TemplateGalleryProps {
  details: Details;
  busy: Busy | null;
  onDetails(details: Details): void;
  onInsert(id: TemplateId): void;
}

/** The six standard forms, a short form for the details the title and signatures need, and "Вставити". */
export function TemplateGallery({ details, busy, onDetails, onInsert }: TemplateGalleryProps) {
  const { t, lang } = useLocale();
  const tt = t.templates;
  const styles = useStyles();
  const [chosen, setChosen] = useState<TemplateId>("quarterly-report");
  const [tried, setTried] = useState(false);
  const set = <K extends keyof Details>(key: K, value: Details[K]) => onDetails({ ...details, [key]: value });

  const organisationError = details.organisation.trim() ? undefined : tt.needOrganisation;
  const yearError = checkDetailNumber("year", details.year) ? tt.badYear : undefined;
  const inserting = busy === "insert";

  const submit = () => {
    setTried(true);
    if (!organisationError && !yearError) onInsert(chosen);
  };

  return (
    <form
      className={styles.root}
      aria-label={tt.tab}
      // The pane's own messages, in the pane's language, instead of the browser's tooltips.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Text className={styles.intro}>{tt.intro}</Text>
      <Field label={tt.galleryLabel}>
        <RadioGroup className={styles.gallery} value={chosen} onChange={(_e, data) => setChosen(data.value as TemplateId)}>
          {TEMPLATE_IDS.map((id) => (
            <Radio
              key={id}
              value={id}
              className={styles.option}
              data-template={id}
              label={
                <span className={styles.optionText}>
                  <span className={styles.title}>{TEMPLATE_TITLES[id][lang]}</span>
                  <span className={styles.description}>{tt.descriptions[id]}</span>
                </span>
              }
            />
          ))}
        </RadioGroup>
      </Field>
      <Field label={tt.organisation} required validationMessage={tried ? organisationError : undefined}>
        <Input value={details.organisation} placeholder={tt.organisationHint} onChange={(_e, data) => set("organisation", data.value)} />
      </Field>
      <div className={styles.pair}>
        <Field className={styles.narrow} label={tt.year} required validationMessage={tried ? yearError : undefined}>
          <Input type="number" min={YEAR_MIN} max={YEAR_MAX} value={String(details.year)} onChange={(_e, data) => set("year", Number(data.value))} />
        </Field>
        {chosen === "quarterly-report" && (
          <Field className={styles.narrow} label={tt.quarter}>
            <Select value={String(details.quarter)} onChange={(_e, data) => set("quarter", Number(data.value) as Details["quarter"])}>
              {tt.quarterNames.map((name, k) => (
                <option key={k} value={k + 1}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <Field label={tt.responsible}>
        <Input value={details.responsible} placeholder={tt.responsibleHint} onChange={(_e, data) => set("responsible", data.value)} />
      </Field>
      <Button type="submit" appearance="primary" icon={inserting ? <Spinner size="tiny" appearance="inverted" /> : <TableAddRegular />} disabled={!!busy}>
        {inserting ? tt.inserting : tt.insert}
      </Button>
    </form>
  );
}
