//! Named settings every replica reads (the kill switch and the approval
//! mode, see `shared_switches`), kept under
//! `<prefix>:settings:<name>` without a TTL: they last until changed.

use super::{RedisStore, RedisStoreError};

impl RedisStore {
    fn setting_key(&self, name: &str) -> String {
        self.key(format_args!("settings:{name}"))
    }

    /// Sets the setting `name` for every replica (`None` removes it).
    ///
    /// # Errors
    ///
    /// [`RedisStoreError::Unavailable`] when Redis does not answer in time:
    /// nothing changed.
    pub async fn set_setting(
        &self,
        name: &str,
        value: Option<&str>,
    ) -> Result<(), RedisStoreError> {
        let command = match value {
            Some(value) => {
                let mut set = redis::cmd("SET");
                set.arg(self.setting_key(name)).arg(value);
                set
            }
            None => {
                let mut del = redis::cmd("DEL");
                del.arg(self.setting_key(name));
                del
            }
        };
        let mut connection = self.0.connection.clone();
        let write = command.query_async::<()>(&mut connection);
        self.0
            .run("setting-write", "none", write)
            .await
            .ok_or_else(|| self.unavailable())
    }

    /// The settings `names`, in order, in one round trip (`None`: not set).
    ///
    /// # Errors
    ///
    /// [`RedisStoreError::Unavailable`] when Redis does not answer in time.
    pub async fn settings(&self, names: &[&str]) -> Result<Vec<Option<String>>, RedisStoreError> {
        if names.is_empty() {
            return Ok(Vec::new());
        }
        let mut command = redis::cmd("MGET");
        for name in names {
            command.arg(self.setting_key(name));
        }
        let mut connection = self.0.connection.clone();
        let read = command.query_async::<Vec<Option<String>>>(&mut connection);
        self.0
            .run("settings-read", "last-known", read)
            .await
            .ok_or_else(|| self.unavailable())
    }

    fn unavailable(&self) -> RedisStoreError {
        RedisStoreError::Unavailable(self.0.health.last_error().unwrap_or_default())
    }
}
