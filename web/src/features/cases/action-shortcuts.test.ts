import { describe, expect, it } from 'vitest';
import { ACTION_SHORTCUTS, actionForKey, type KeyPress, shortcutKey, shortcutOf } from './action-shortcuts';

const press = (key: string, overrides: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isTyping: false,
  isDialogOpen: false,
  ...overrides,
});

describe('actionForKey', () => {
  it('maps the frequent decisions to their keys, when the case offers them', () => {
    expect(actionForKey('a', ['ACCEPT', 'REJECT', 'MERGE', 'COMMENT'])).toBe('ACCEPT');
    expect(actionForKey('R', ['ACCEPT', 'REJECT'])).toBe('REJECT');
    expect(actionForKey('f', ['FILE', 'COMMENT'])).toBe('FILE');
    expect(actionForKey('a', ['FILE', 'COMMENT'])).toBeNull();
  });

  it('lets one key stand for the variant the case offers', () => {
    expect(actionForKey('d', ['DISPATCH'])).toBe('DISPATCH');
    expect(actionForKey('d', ['REDISPATCH'])).toBe('REDISPATCH');
    expect(actionForKey('y', ['APPROVE_EXTENSION', 'DENY_EXTENSION'])).toBe('APPROVE_EXTENSION');
    expect(actionForKey('n', ['APPROVE_PARK', 'DENY_PARK'])).toBe('DENY_PARK');
    expect(actionForKey('v', ['REQUEST_VOID', 'DISPATCH'])).toBe('REQUEST_VOID');
  });

  it('gives every key one meaning, and no navigation key an action', () => {
    const keys = ACTION_SHORTCUTS.map((shortcut) => shortcut.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const navigation of ['j', 'k', '/', '?']) expect(keys).not.toContain(navigation);
  });
});

describe('shortcutOf', () => {
  it('labels buttons with their key', () => {
    expect(shortcutOf('ACCEPT')).toBe('A');
    expect(shortcutOf('REDISPATCH')).toBe('D');
    expect(shortcutOf('COMMENT')).toBeNull();
  });
});

describe('shortcutKey', () => {
  it('passes plain keys, lower-cased', () => {
    expect(shortcutKey(press('A'))).toBe('a');
    expect(shortcutKey(press('?'))).toBe('?');
  });

  it('leaves typing, browser shortcuts, dialogs and named keys alone', () => {
    expect(shortcutKey(press('a', { isTyping: true }))).toBeNull();
    expect(shortcutKey(press('f', { ctrlKey: true }))).toBeNull();
    expect(shortcutKey(press('r', { metaKey: true }))).toBeNull();
    expect(shortcutKey(press('d', { isDialogOpen: true }))).toBeNull();
    expect(shortcutKey(press('Enter'))).toBeNull();
  });
});
