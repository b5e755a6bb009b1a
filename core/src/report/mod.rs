//! Report math on mergeable tallies, and the one publication model every released figure goes
//! through (`release`).

pub mod breakdown;
pub mod disclosure;
mod figures;
pub mod generalize;
pub mod overview;
pub mod release;
mod tally;

pub use figures::{
    completion, measure, overall_satisfaction, participation, question_figures, topic_figures,
    QuestionFigures, Share, TopicFigures,
};
pub use tally::{Cell, Group, StatusCounts, Summary, Tallies, ValueCounts};
