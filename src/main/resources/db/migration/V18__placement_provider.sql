-- The provider of a placement (a foster home, a group home, a shelter, a safe house), so where a
-- youth lives is not only free text in a crisis engagement. Columns of their own, all prefixed
-- provider_, until the resource directory lands: then a provider_id column refers to its entry and
-- these become the copy kept when the entry was not (yet) in the directory.
-- A confidential provider's address (a safe house) is the youth's location in the strictest sense.
ALTER TABLE placement
    ADD COLUMN provider_name         text CHECK (length(provider_name) <= 200),
    ADD COLUMN provider_address      text CHECK (length(provider_address) <= 500),
    ADD COLUMN provider_phone        text CHECK (length(provider_phone) <= 40),
    ADD COLUMN provider_confidential boolean NOT NULL DEFAULT false;
