-- One person may be recorded by several scopes (a flat owned in one community, a party membership in
-- another). The person row keeps only who they are (name, ID number); how to reach them is what each
-- scope recorded, kept on that scope's own record, so one scope never overwrites or reads another's.
-- AES-GCM ciphertext like every personal field; no blind index, as nothing looks people up by phone.
ALTER TABLE household_tie ADD COLUMN phone_cipher VARCHAR(255) NULL AFTER relation;
ALTER TABLE party_member ADD COLUMN phone_cipher VARCHAR(255) NULL AFTER person_id;
ALTER TABLE compound_party_member ADD COLUMN phone_cipher VARCHAR(255) NULL AFTER role;
ALTER TABLE registration ADD COLUMN phone_cipher VARCHAR(255) NULL AFTER person_id;

-- Until now the one phone on the person was whichever scope wrote last. It is copied to every record
-- of the person: nothing tells whose it was, and dropping it would lose the only contact a record has.
UPDATE household_tie t JOIN person p ON p.id = t.person_id SET t.phone_cipher = p.phone_cipher;
UPDATE party_member m JOIN person p ON p.id = m.person_id SET m.phone_cipher = p.phone_cipher;
UPDATE compound_party_member s JOIN person p ON p.id = s.person_id SET s.phone_cipher = p.phone_cipher;

ALTER TABLE person DROP INDEX idx_person_phone, DROP COLUMN phone_cipher, DROP COLUMN phone_hash;
