import { describe, expect, it } from 'vitest';
import { parseReferentialText } from './text';

describe('parseReferentialText', () => {
  it('keeps paragraphs and turns dashed lines into list items', () => {
    expect(
      parseReferentialText(
        "L'épreuve prend appui sur :\n- un projet ;\n- un dossier.\n\nElle dure 40 min.",
      ),
    ).toEqual([
      { kind: 'paragraph', text: "L'épreuve prend appui sur :" },
      { kind: 'list', items: ['un projet ;', 'un dossier.'] },
      { kind: 'paragraph', text: 'Elle dure 40 min.' },
    ]);
  });

  it('joins wrapped lines', () => {
    expect(parseReferentialText('une phrase\ncoupée')).toEqual([
      { kind: 'paragraph', text: 'une phrase coupée' },
    ]);
  });
});
