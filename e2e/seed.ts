// The simulator's curated tokens that tests rely on (see simulator/seed.ts).
export const seed = {
  contoso: { id: '1fa02c17-90ba-4f96-965e-bcfa1b00b328', name: 'Contoso Schools – Main Campus' },
  fabrikamExpiresSoon: { id: '4eb4ae5f-4db6-4e08-bb12-dbc1da2a2d5c', name: 'Fabrikam Retail UK' },
  tailspinExternalMdm: { id: '9799cb42-0cda-4e30-bd69-d66c1a3c90f0', name: 'Tailspin Toys (managed by another MDM)' },
  /** Its only scope tag is 1, not Default (0). */
  northwind: { id: 'cbab40ba-340c-46a6-8d61-147c1e54fee0', name: 'Northwind Traders Deutschland' },
  wideWorld: { id: '1727dfa2-707d-497c-a86a-2fa869ddab4f', name: 'Wide World Importers' },
  /** No display name, no Apple ID, and the only curated token without data sharing consent. */
  proseware: { id: '7c8193ce-734b-4b7f-861b-2a9e0300d8aa', name: 'Proseware, Inc.' },
} as const;
