//! Report math on mergeable tallies.

pub mod breakdown;
pub mod disclosure;
mod figures;
pub mod generalize;
mod tally;

pub use figures::{
    completion, measure, overall_satisfaction, participation, question_figures, topic_figures,
    QuestionFigures, Share, TopicFigures,
};
pub use tally::{Cell, Group, StatusCounts, Summary, Tallies, ValueCounts};
